using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FairHall.Tests.Fairs;

/// <summary>Shapes of the Fairs API as a client reads them, and small helpers for the Fairs tests.</summary>
public static class FairsApi
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public sealed record PageOf<T>(List<T> Items, long? NextAfterId);

    public sealed record FairDto(long Id, string Code, string NameZh, string NameEn, string TimeZone, long Version);

    public sealed record PhaseDto(int Number, DateOnly StartsOn, DateOnly EndsOn);

    public sealed record SessionDto(
        long Id, long FairId, int Number, string NameZh, string NameEn, string TimeZone, DateOnly ApplicationOpensOn,
        DateOnly UploadOpensOn, DateOnly QuotaSweepOn, DateOnly RoutingLockOn, DateOnly OfflineDeadlineOn,
        DateOnly OnlineServiceEndsOn, List<PhaseDto> Phases, long Version);

    public sealed record TagDto(long Id, string NameZh, string NameEn, string Kind, List<string> OptionsZh, List<string> OptionsEn, bool Required);

    public sealed record ZoneDto(long Id, long SessionId, string Code, string NameZh, string NameEn, int PhaseNumber, int SortOrder, bool IsActive, List<long> AssociationIds, List<TagDto>? Tags, long Version);

    public sealed record DelegationDto(long Id, long FairId, long? ParentId, string Code, string NameZh, string NameEn, string? Region, long Version);

    public sealed record OrgDto(long Id, long FairId, string Code, string NameZh, string NameEn, long Version);

    public sealed record CurrentDto(SessionDto Session, string FairNameZh, string FairNameEn, DateOnly Today, int Zones, int Delegations, int Associations, int Institutions);

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(body);
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, Json);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) =>
        client.PutAsJsonAsync(url, body, Json);

    /// <summary>A valid calendar in 2030 with three phases, as the API takes it.</summary>
    public static Dictionary<string, object?> Calendar(long fairId, int number, object[]? phases = null) => new()
    {
        ["fairId"] = fairId,
        ["number"] = number,
        ["nameZh"] = $"第{number}届",
        ["nameEn"] = $"Session {number}",
        ["applicationOpensOn"] = "2030-08-15",
        ["uploadOpensOn"] = "2030-09-16",
        ["quotaSweepOn"] = "2030-09-30",
        ["routingLockOn"] = "2030-10-09",
        ["offlineDeadlineOn"] = "2030-10-12",
        ["onlineServiceEndsOn"] = "2031-03-15",
        ["phases"] = phases ??
        [
            new { startsOn = "2030-10-15", endsOn = "2030-10-19" },
            new { startsOn = "2030-10-23", endsOn = "2030-10-27" },
            new { startsOn = "2030-10-31", endsOn = "2030-11-04" },
        ],
    };
}
