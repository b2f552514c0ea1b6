using FairHall.Modules.Payments.Gateways;
using FairHall.Modules.Payments.Jobs;

namespace FairHall.Modules.Payments;

/// <summary>Payment orders, gateways and their callbacks, refunds, invoices and the sweeps (PKG-4, PKG-6..10).</summary>
internal static class PaymentsModule
{
    public static void AddPaymentsModule(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<PaymentsOptions>(config.GetSection("Payments"));
        services.AddHttpClient("payments-sandbox");
        services.AddHttpContextAccessor();
        services.AddScoped<CallbackUrls>();
        services.AddScoped<IPaymentGateway, SandboxGateway>();
        // The real gateways exist only when configured (Payments:Alipay:Enabled, Payments:WeChatPay:Enabled).
        if (config.GetValue<bool>("Payments:Alipay:Enabled"))
        {
            services.AddHttpClient(AlipayClient.HttpClientName);
            services.AddScoped<AlipayClient>();
            services.AddScoped<IPaymentGateway, AlipayGateway>();
        }

        if (config.GetValue<bool>("Payments:WeChatPay:Enabled"))
        {
            services.AddHttpClient(WeChatPayClient.HttpClientName);
            services.AddScoped<WeChatPayClient>();
            services.AddScoped<IPaymentGateway, WeChatPayGateway>();
        }

        services.AddScoped(sp => (SandboxGateway)sp.GetServices<IPaymentGateway>().First(g => g.Kind == GatewayKind.Sandbox));
        services.AddScoped<PurchaseRules>();
        services.AddScoped<PaymentConfirmation>();
        services.AddScoped<CreatePurchase.Handler>();
        services.AddScoped<GetOrders.Handler>();
        services.AddScoped<IInvoiceIssuer, SandboxInvoiceIssuer>();
        services.AddScoped<Invoicing>();
        services.AddScoped<RequestInvoice.Handler>();
        services.AddScoped<GetInvoices.Handler>();
        services.Configure<JobsOptions>(config.GetSection("Payments:Jobs"));
        services.AddScoped<JobRunner>();
        services.AddScoped<RefundSweep>();
        services.AddScoped<Reconciliation>();
        services.AddScoped<QuotaSweepJob>();
        services.AddScoped<IScheduledJob>(sp => sp.GetRequiredService<RefundSweep>());
        services.AddScoped<IScheduledJob>(sp => sp.GetRequiredService<Reconciliation>());
        services.AddScoped<IScheduledJob>(sp => sp.GetRequiredService<QuotaSweepJob>());
        // PKG-7 seam: the catalog module registers its own IQuotaSweep after this one (the last registration wins).
        services.AddScoped<IQuotaSweep, LoggingQuotaSweep>();
        services.AddHostedService<JobsWorker>();
    }

    public static void MapPaymentsModule(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        CreatePurchase.Map(api);
        PaymentCallback.Map(api);
        GetOrders.Map(api);
        RequestInvoice.Map(api);
        GetInvoices.Map(api);
    }
}
