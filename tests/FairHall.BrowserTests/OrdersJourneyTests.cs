using FairHall.Modules.Accounts;
using FairHall.Modules.Catalog;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FairHall.BrowserTests;

/// <summary>
/// demo.buyer opens a listed demo product and sends an intent → demo.exhibitor finds it Pending in /enterprise/orders
/// and sends an amount for confirmation → demo.buyer confirms → both see Deal and the same timeline (BUY-1, ORD-1/2/3).
/// Screenshots of the product page and the order detail at desktop and 390 px.
/// </summary>
[Trait("Req", "BUY-1")]
[Trait("Req", "ORD-1")]
[Trait("Req", "ORD-2")]
[Trait("Req", "ORD-3")]
public abstract class OrdersJourneyTests<TDb>(BrowserFixture<TDb> fixture) : IClassFixture<BrowserFixture<TDb>> where TDb : TestDb, new()
{
    protected abstract string Provider { get; }

    /// <summary>A public demo product of demo.exhibitor in session 140, one with images when there is one.</summary>
    private Task<long> DemoProductAsync() =>
        fixture.App.WithDbAsync(async db =>
        {
            var enterprise = await db.Users.Where(u => u.UserName == DemoUsers.ExhibitorAdmin).Select(u => u.EnterpriseId).FirstAsync();
            var products = await db.Set<Product>().Where(p => p.EnterpriseId == enterprise && p.Status == ProductStatus.Listed && !p.IsHidden)
                .OrderBy(p => p.Id).ToListAsync();
            return (products.FirstOrDefault(p => p.ImageIds.Count > 0 && p.MarketPriceFen != null) ?? products[0]).Id;
        });

    /// <summary>Nothing sticks out sideways; names the elements that do.</summary>
    [Fact]
    public async Task Buyer_sends_an_intent_exhibitor_asks_to_confirm_buyer_confirms_both_see_the_deal()
    {
        var productId = await DemoProductAsync();
        await using var buyerContext = await fixture.NewContextAsync();
        var buyer = await buyerContext.NewPageAsync();
        await BrowserSteps.SignInAsync(buyer, DemoUsers.Buyer);
        await buyer.GotoAsync($"/products/{productId}");
        await buyer.WaitForSelectorAsync("[data-testid=product-detail]");
        await BrowserSteps.NoOverflowAsync(buyer);
        await Screenshots.TakeAsync(buyer, $"orders-product-desktop-{Provider}");

        await buyer.FillAsync("[data-testid=intent-quantity]", "300");
        await buyer.FillAsync("[data-testid=intent-budget]", "52000");
        await buyer.FillAsync("[data-testid=intent-note]", "请提供含税价，需要 CE 认证。");
        await buyer.ClickAsync("[data-testid=intent-submit]");
        await buyer.WaitForSelectorAsync("[data-testid=intent-sent]");
        (await buyer.GetAttributeAsync("[data-testid=order-status]", "data-status")).ShouldBe("Pending");
        var orderUrl = new Uri(buyer.Url).AbsolutePath;
        var orderId = orderUrl.Split('/')[^1];
        var number = (await buyer.TextContentAsync("[data-testid=order-number]"))!.Trim().Split(' ')[^1];

        await using var exhibitorContext = await fixture.NewContextAsync();
        var exhibitor = await exhibitorContext.NewPageAsync();
        await BrowserSteps.SignInAsync(exhibitor, DemoUsers.ExhibitorAdmin);
        await exhibitor.GotoAsync("/enterprise/orders");
        await exhibitor.FillAsync("[data-testid=filter-number]", number);
        await exhibitor.ClickAsync("[data-testid=filter-submit]");
        await exhibitor.WaitForSelectorAsync($"[data-testid=order-row][data-id='{orderId}'][data-status=Pending]");
        (await exhibitor.Locator("[data-testid=order-row]").CountAsync()).ShouldBe(1);
        await exhibitor.ClickAsync($"[data-testid=order-row][data-id='{orderId}'] [data-testid=order-open]");
        await exhibitor.WaitForSelectorAsync("[data-testid=handle-form]");
        await exhibitor.FillAsync("[data-testid=handle-amount]", "49800");
        await exhibitor.FillAsync("[data-testid=handle-note]", "含税含运费，30 天交货。");
        await exhibitor.ClickAsync("[data-testid=handle-ask]");
        await exhibitor.WaitForSelectorAsync("[data-testid=order-status][data-status=AwaitingBuyer]");
        await exhibitor.WaitForSelectorAsync("[data-testid=order-done]");

        await buyer.GotoAsync(orderUrl);
        (await buyer.TextContentAsync("[data-testid=respond-amount]"))!.Trim().ShouldBe("¥49,800.00");
        await buyer.ClickAsync("[data-testid=respond-confirm]");
        await buyer.WaitForSelectorAsync("[data-testid=order-status][data-status=Deal]");
        await buyer.WaitForSelectorAsync("[data-testid=order-done]");
        (await buyer.Locator("[data-testid=timeline-step]").CountAsync()).ShouldBe(3);
        await Screenshots.TakeAsync(buyer, $"orders-detail-buyer-desktop-{Provider}");

        await exhibitor.ReloadAsync(); // after post/redirect/get: a reload only reads
        await exhibitor.WaitForSelectorAsync("[data-testid=order-status][data-status=Deal]");
        (await exhibitor.Locator("[data-testid=log-entry]").CountAsync()).ShouldBe(3);
        (await exhibitor.Locator("[data-testid=handle-form]").CountAsync()).ShouldBe(0);
        (await exhibitor.Locator("[data-testid=order-done]").CountAsync()).ShouldBe(0); // the step it reported is no longer the latest
        await Screenshots.TakeAsync(exhibitor, $"orders-detail-exhibitor-desktop-{Provider}");
        await exhibitor.GotoAsync("/enterprise/orders?status=Deal");
        await exhibitor.WaitForSelectorAsync($"[data-testid=order-row][data-id='{orderId}']");
        await Screenshots.TakeAsync(exhibitor, $"orders-list-exhibitor-desktop-{Provider}");

        // Phone width: the same pages fit 390 px.
        await using var phoneContext = await fixture.NewContextAsync(width: 390, height: 844);
        var phone = await phoneContext.NewPageAsync();
        await BrowserSteps.SignInAsync(phone, DemoUsers.Buyer);
        await phone.GotoAsync($"/products/{productId}");
        await phone.WaitForSelectorAsync("[data-testid=intent-form]");
        await BrowserSteps.FitsAsync(phone);
        await Screenshots.TakeAsync(phone, $"orders-product-phone-{Provider}");
        await phone.GotoAsync(orderUrl);
        await phone.WaitForSelectorAsync("[data-testid=order-status][data-status=Deal]");
        await BrowserSteps.FitsAsync(phone);
        await Screenshots.TakeAsync(phone, $"orders-detail-buyer-phone-{Provider}");

        await using var staffPhoneContext = await fixture.NewContextAsync(width: 390, height: 844, locale: "en");
        var staffPhone = await staffPhoneContext.NewPageAsync();
        await BrowserSteps.SignInAsync(staffPhone, DemoUsers.ExhibitorAdmin);
        await staffPhone.GotoAsync("/enterprise/orders");
        await staffPhone.WaitForSelectorAsync($"[data-testid=order-card][data-id='{orderId}']");
        await BrowserSteps.FitsAsync(staffPhone);
        await Screenshots.TakeAsync(staffPhone, $"orders-list-exhibitor-phone-{Provider}");
        await staffPhone.GotoAsync($"/enterprise/orders/{orderId}");
        await staffPhone.WaitForSelectorAsync("[data-testid=order-log]");
        await BrowserSteps.FitsAsync(staffPhone);
        await Screenshots.TakeAsync(staffPhone, $"orders-detail-exhibitor-phone-{Provider}");
    }
}

[Trait("Provider", "sqlite")]
public sealed class OrdersJourneyOnSqlite(BrowserFixture<SqliteDb> f) : OrdersJourneyTests<SqliteDb>(f)
{
    protected override string Provider => "sqlite";
}

[Trait("Provider", "postgres")]
public sealed class OrdersJourneyOnPostgres(BrowserFixture<PostgresDb> f) : OrdersJourneyTests<PostgresDb>(f)
{
    protected override string Provider => "postgres";
}
