using System.Net;
using System.Reflection;
using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Payments;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Fairs.FairsApi;
using static FairHall.Tests.Payments.PaymentsKit;

namespace FairHall.Tests.Payments;

/// <summary>E-invoices (PKG-9): title and type rules, once per order, documents only for the enterprise's admin.</summary>
[Trait("Req", "PKG-9")]
public abstract class InvoiceTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    [Fact]
    public async Task An_offline_exhibitor_is_invoiced_to_its_exhibitor_system_name_and_a_small_scale_taxpayer_gets_ordinary_only()
    {
        var (client, enterpriseId) = await GiftedExhibitorAsync(fixture); // eligibility kind 一: offline exhibitor
        await QualifyAsync(fixture.App, enterpriseId, TaxpayerType.SmallScale);
        var order = await PaidAsync(fixture, client);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var special = await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/enterprise/invoices", new { order.OrderNo, type = "Special" }), (HttpStatusCode)422);
        special.Code.ShouldBe("invoice_type_not_allowed");
        var invoice = await (await client.PostJsonAsync("/api/v1/enterprise/invoices", new { order.OrderNo, type = "Ordinary" })).ReadAsync<InvoiceDto>();

        var name = await fixture.App.WithDbAsync(db => db.Set<FairHall.Modules.Exhibitors.Enterprise>().Where(e => e.Id == enterpriseId).Select(e => e.NameZh).FirstAsync());
        (invoice.Kind, invoice.Type, invoice.Title, invoice.AmountFen).ShouldBe(("Blue", "Ordinary", name, order.AmountFen));
        invoice.InvoiceNo.ShouldStartWith("SBX");
        (await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/enterprise/invoices", new { order.OrderNo, type = "Ordinary" }), HttpStatusCode.Conflict)).Code.ShouldBe("invoice_exists");

        var html = await (await client.GetAsync($"/api/v1/enterprise/invoices/{invoice.InvoiceNo}.html")).Content.ReadAsStringAsync();
        html.ShouldContain(name);
        html.ShouldContain("增值税普通发票");
        var xml = await client.GetAsync($"/api/v1/enterprise/invoices/{invoice.InvoiceNo}.xml");
        xml.Content.Headers.ContentType!.MediaType.ShouldBe("application/xml");
        (await xml.Content.ReadAsStringAsync()).ShouldContain($"<Total>{FairHall.Modules.Payments.Gateways.GatewayKeys.Yuan(order.AmountFen)}</Total>");
        (await (await client.GetAsync("/api/v1/enterprise/invoices")).ReadAsync<List<InvoiceDto>>()).ShouldHaveSingleItem().InvoiceNo.ShouldBe(invoice.InvoiceNo);

        // Another enterprise's admin: the invoice does not exist for it.
        var other = await fixture.ClientAsAsync(DemoUsers.ExhibitorAdmin);
        (await other.GetAsync($"/api/v1/enterprise/invoices/{invoice.InvoiceNo}.html")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostJsonAsync("/api/v1/enterprise/invoices", new { order.OrderNo, type = "Ordinary" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await fixture.ClientAsAsync(DemoUsers.ExhibitorStaff)).GetAsync($"/api/v1/enterprise/invoices/{invoice.InvoiceNo}.html")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_online_only_exhibitor_is_invoiced_to_its_qualification_name_and_a_general_taxpayer_may_choose_special()
    {
        var (enterpriseId, userName, _) = await Onboarding.OnboardingApi.NewExhibitorAsync(fixture.App, "GZ");
        await EligibleAsync(fixture.App, enterpriseId, EligibilityKind.OnlineHistory);
        var client = await fixture.ClientAsAsync(userName);
        var unpaid = await (await client.PostJsonAsync("/api/v1/enterprise/purchases", Buy("B"))).ReadAsync<PurchaseDto>();
        var order = await PaidAsync(fixture, client, "A");

        (await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/enterprise/invoices", new { order.OrderNo, type = "Special" }), (HttpStatusCode)422)).Code.ShouldBe("invoice_needs_qualification");
        var qualificationName = await QualifyAsync(fixture.App, enterpriseId, TaxpayerType.General);
        (await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/enterprise/invoices", new { unpaid.OrderNo, type = "Special" }), (HttpStatusCode)422)).Code.ShouldBe("invoice_order_not_paid");

        var invoice = await (await client.PostJsonAsync("/api/v1/enterprise/invoices", new { order.OrderNo, type = "Special" })).ReadAsync<InvoiceDto>();
        (invoice.Type, invoice.Title, invoice.TaxpayerId).ShouldBe(("Special", qualificationName, Onboarding.OnboardingApi.ValidCreditCode((int)enterpriseId)));
    }

    [Fact]
    public async Task The_invoices_page_requests_an_invoice_and_links_its_documents()
    {
        var (enterpriseId, userName, _) = await Onboarding.OnboardingApi.NewExhibitorAsync(fixture.App, "GZ");
        await GiftBasicAsync(fixture.App, enterpriseId);
        await QualifyAsync(fixture.App, enterpriseId, TaxpayerType.General);
        await PaidAsync(fixture, await fixture.ClientAsAsync(userName));
        using var browser = new Browserless(fixture.App, "en");
        await browser.LoginAsync(userName);

        var page = await browser.GetAsync("/enterprise/invoices");
        page.QuerySelectorAll("[data-testid=invoice-type] option").Select(o => o.TextContent).ShouldBe(["VAT special invoice", "VAT ordinary invoice"]);
        page = await browser.SubmitAsync(page, "[data-testid=invoice-form]", new Dictionary<string, string> { ["Form.Type"] = "Special" });
        page.QuerySelector("[data-testid=invoice-issued]").ShouldNotBeNull();
        var link = page.QuerySelector("[data-testid=invoice-html]")!.GetAttribute("href")!;
        (await browser.GetAsync(link)).Body!.TextContent.ShouldContain("增值税专用发票");
        browser.LastResponse!.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public void Issued_invoices_have_no_way_to_change()
    {
        typeof(Invoice).GetProperties().ShouldAllBe(p => p.SetMethod == null || !p.SetMethod.IsPublic);
        typeof(Invoice).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).ShouldAllBe(m => m.IsSpecialName);
        InvoiceRules.NeedsReversal(paidFen: 600_000, blueFen: 600_000, refundedIncludingThisFen: 600_000).ShouldBeTrue();
        InvoiceRules.NeedsReversal(paidFen: 600_000, blueFen: 400_000, refundedIncludingThisFen: 200_000).ShouldBeFalse();
        InvoiceRules.SplitTax(600_000).ShouldBe((566_038L, 33_962L));
    }
}

[Trait("Provider", "sqlite")]
public sealed class InvoiceTestsOnSqlite(AppFixture<SqliteDb> f) : InvoiceTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class InvoiceTestsOnPostgres(AppFixture<PostgresDb> f) : InvoiceTests<PostgresDb>(f);
