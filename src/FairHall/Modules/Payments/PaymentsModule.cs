using FairHall.Modules.Payments.Gateways;

namespace FairHall.Modules.Payments;

/// <summary>Payment orders, gateways and their callbacks, refunds, invoices and the sweeps (PKG-4, PKG-6..10).</summary>
internal static class PaymentsModule
{
    public static void AddPaymentsModule(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<PaymentsOptions>(config.GetSection("Payments"));
        services.AddHttpClient("payments-sandbox");
        services.AddScoped<IPaymentGateway, SandboxGateway>();
        services.AddScoped(sp => (SandboxGateway)sp.GetServices<IPaymentGateway>().First(g => g.Kind == GatewayKind.Sandbox));
        services.AddScoped<PurchaseRules>();
        services.AddScoped<PaymentConfirmation>();
        services.AddScoped<CreatePurchase.Handler>();
        services.AddScoped<GetOrders.Handler>();
    }

    public static void MapPaymentsModule(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        CreatePurchase.Map(api);
        PaymentCallback.Map(api);
        GetOrders.Map(api);
    }
}
