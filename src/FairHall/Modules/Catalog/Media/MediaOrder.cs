namespace FairHall.Modules.Catalog.Media;

/// <summary>
/// The ordering buttons of <c>MediaPicker</c> (CAT-8: the first image is the main one): "main:{id}" moves the asset to
/// the front, "up:{id}" / "down:{id}" swap it with its neighbour. Anything else leaves the order as it is.
/// </summary>
public static class MediaOrder
{
    public static List<long> Apply(IReadOnlyList<long> ids, string? action)
    {
        List<long> order = [.. ids.Distinct()];
        var parts = (action ?? "").Split(':', 2);
        if (parts.Length != 2 || !long.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var id) || order.IndexOf(id) is var i && i < 0)
        {
            return order;
        }

        var j = parts[0] switch
        {
            "main" => 0,
            "up" => Math.Max(0, i - 1),
            "down" => Math.Min(order.Count - 1, i + 1),
            _ => i,
        };
        if (parts[0] == "main")
        {
            order.RemoveAt(i);
            order.Insert(0, id);
        }
        else
        {
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }
}
