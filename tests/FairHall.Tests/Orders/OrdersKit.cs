using FairHall.Modules.Accounts;
using FairHall.Modules.Catalog;
using FairHall.Modules.Fairs;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Tests.Orders;

/// <summary>Shapes of the orders API and helpers that arrange products of the demo exhibitor.</summary>
public static class OrdersKit
{
    public sealed record EventDto(string Action, string? From, string To, string Side, string ActorName, long? AmountFen, string? Note, DateTimeOffset At);

    public sealed record OrderDto(
        long Id, string Number, string Status, long ProductId, string ProductNameZh, int Quantity, long? BudgetFen, string Note, long? ConfirmedAmountFen,
        string? ExhibitorNote, long EnterpriseId, string BuyerName, long ZoneId, long Version, List<EventDto> Events);

    public sealed record RowDto(long Id, string Number, string Status, long ProductId, int Quantity, long? BudgetFen, long? ConfirmedAmountFen, string BuyerName);

    public sealed record PageDto(List<RowDto> Items, long? NextAfterId);

    public static Task<long> DemoEnterpriseAsync(FairHallApp app) =>
        app.WithDbAsync(db => db.Users.Where(u => u.UserName == DemoUsers.ExhibitorAdmin).Select(u => u.EnterpriseId!.Value).FirstAsync());

    /// <summary>A zone of session 140 that demo.exhibitor-01 is bound to, and one it is not bound to.</summary>
    public static Task<(long Bound, long Unbound)> ZonesAsync(FairHallApp app) =>
        app.WithDbAsync(async db =>
        {
            var staff = await db.Users.Where(u => u.UserName == DemoUsers.ExhibitorStaff).Select(u => u.Id).FirstAsync();
            var bound = await db.Set<AccountZone>().Where(z => z.UserId == staff).Select(z => z.ZoneId).ToListAsync();
            var session = await db.Set<Session>().Where(s => s.Number == 140).Select(s => s.Id).FirstAsync();
            var unbound = await db.Set<Zone>().Where(z => z.SessionId == session && z.IsActive && !bound.Contains(z.Id)).OrderBy(z => z.Id).Select(z => z.Id).FirstAsync();
            var boundHere = await db.Set<Zone>().Where(z => z.SessionId == session && bound.Contains(z.Id)).OrderBy(z => z.Id).Select(z => z.Id).FirstAsync();
            return (boundHere, unbound);
        });

    /// <summary>A product of the enterprise in the zone, listed unless told otherwise; <paramref name="tweak"/> may change it before it is saved.</summary>
    public static Task<long> ProductAsync(FairHallApp app, long enterpriseId, long zoneId, string nameZh = "测试保温杯", long? priceFen = 4990, string category = "家居",
        bool list = true, Action<Product, DateTimeOffset>? tweak = null, int sessionNumber = 140) =>
        app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow();
            var session = await db.Set<Session>().Where(s => s.Number == sessionNumber).Select(s => s.Id).FirstAsync();
            var p = new Product(enterpriseId, session, new ProductDetails(zoneId, nameZh, "Test vacuum cup", "双层保温", "Double wall", category, "美味", "广东广州", null, priceFen, null, "100件", true), now);
            p.Submit(now).ShouldBeNull();
            p.Approve(now).ShouldBeNull();
            if (list)
            {
                p.List(now).ShouldBeNull();
            }

            tweak?.Invoke(p, now);
            db.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });

    public static object Intent(long productId, int quantity = 10, long? budgetFen = 45000, string? note = "请报最低价") => new { productId, quantity, budgetFen, note };
}
