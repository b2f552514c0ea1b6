using FairHall.Platform.Notifications;

namespace FairHall.Modules.Reviews;

/// <summary>
/// Masks personal and enterprise identifiers in lists. Phones reuse <see cref="PhoneMask"/>; ID numbers and
/// credit codes keep their first and last characters: 110101199003078888 → 1101**********8888.
/// </summary>
public static class Masking
{
    public static string Phone(string? phone) => PhoneMask.Mask(phone);

    public static string Identifier(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value.Length < 8)
        {
            return PhoneMask.Mask(value);
        }

        var keep = value.Length >= 15 ? 4 : 2;
        return string.Concat(value.AsSpan(0, keep), new string('*', value.Length - 2 * keep), value.AsSpan(value.Length - keep));
    }

    public static string CreditCode(string? code) => Identifier(code);

    public static string IdNumber(string? id) => Identifier(id);

    /// <summary>Picks the mask by the field's key: anything named like a phone is a phone, everything else an identifier.</summary>
    public static string Any(string key, string? value) =>
        key.Contains("phone", StringComparison.OrdinalIgnoreCase) || key.Contains("mobile", StringComparison.OrdinalIgnoreCase)
            ? Phone(value)
            : Identifier(value);
}
