using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using FairHall.Modules.Accounts;
using FairHall.Modules.Fairs;
using FairHall.Platform.Notifications;
using FairHall.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Tests.Accounts;

/// <summary>Helpers of the Accounts tests: registering exhibitors, reading SMS codes from the sandbox, clients.</summary>
public static partial class AccountsKit
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public sealed record Registered(long UserId, long EnterpriseId, string UserName, string Password);

    public sealed record Created(long Id, string UserName, string Password);

    public static string NewPhone() => "139" + Random.Shared.Next(10_000_000, 99_999_999);

    public static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(body);
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object? body = null) =>
        client.PostAsJsonAsync(url, body ?? new { }, Json);

    public static Task<long> DelegationIdAsync(this FairHallApp app, string code) =>
        app.WithDbAsync(db => db.Set<Delegation>().Where(d => d.Code == code).Select(d => d.Id).FirstAsync());

    /// <summary>Registers an exhibiting enterprise through the API (ACC-1) under the given delegation.</summary>
    public static async Task<Registered> RegisterExhibitorAsync(this FairHallApp app, string delegationCode = "GZ", string? phone = null)
    {
        using var client = app.CreateClient();
        var name = Unique("测试企业");
        var response = await client.PostJsonAsync("/api/v1/exhibitors/register", new
        {
            nameZh = name,
            nameEn = name + " Co., Ltd.",
            delegationId = await app.DelegationIdAsync(delegationCode),
            contactName = "张经理",
            phone = phone ?? NewPhone(),
        });
        return await response.ReadAsync<Registered>();
    }

    /// <summary>A client with a fresh bearer token (tokens carry the sign-in state of their moment).</summary>
    public static async Task<HttpClient> SignInAsync(this FairHallApp app, string userName, string password, string? identifier = null)
    {
        var client = app.CreateClient();
        var response = await client.PostJsonAsync("/api/v1/auth/token", new { userName, password, identifier });
        var token = (await response.ReadAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The newest code the SMS sandbox "sent" to the phone (what the organizer reads on /console/sms).</summary>
    public static async Task<string> LatestSmsCodeAsync(this FairHallApp app, string phone)
    {
        var text = await app.WithDbAsync(db => db.Set<SmsMessage>().Where(m => m.Phone == phone).OrderByDescending(m => m.Id).Select(m => m.Text).FirstAsync());
        return SixDigits().Match(text).Value;
    }

    /// <summary>Binds a phone through the API (ACC-2) for the signed-in client.</summary>
    public static async Task BindPhoneAsync(this FairHallApp app, HttpClient client, string phone)
    {
        (await client.PostJsonAsync("/api/v1/me/phone/code", new { phone })).EnsureSuccessStatusCode();
        var code = await app.LatestSmsCodeAsync(phone);
        (await client.PostJsonAsync("/api/v1/me/phone", new { phone, code })).EnsureSuccessStatusCode();
    }

    /// <summary>A registered exhibitor admin with a bound phone, signed in.</summary>
    public static async Task<(Registered Admin, HttpClient Client)> ReadyAdminAsync(this FairHallApp app, string delegationCode = "GZ")
    {
        var admin = await app.RegisterExhibitorAsync(delegationCode);
        var client = await app.SignInAsync(admin.UserName, admin.Password);
        await app.BindPhoneAsync(client, NewPhone());
        return (admin, client);
    }

    /// <summary>A user made directly in the database (e.g. a reviewer of another delegation), phone bound.</summary>
    public static async Task<string> CreateUserAsync(this FairHallApp app, string role, Action<User> membership)
    {
        var userName = Unique("u.");
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = new User { UserName = userName, DisplayName = userName, PhoneNumberConfirmed = true, PhoneNumber = NewPhone() };
        membership(user);
        (await users.CreateAsync(user, DemoUsers.Password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
        return userName;
    }

    public static Task<User> UserAsync(this FairHallApp app, long id) =>
        app.WithDbAsync(db => db.Users.AsNoTracking().FirstAsync(u => u.Id == id));

    [GeneratedRegex("[0-9]{6}")]
    private static partial Regex SixDigits();
}
