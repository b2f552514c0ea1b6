namespace FairHall.Modules.Orders;

/// <summary>Intent orders (ORD-1/2/3/5): the buyer's intents, the exhibitor's order list and handling, notices to the other side.</summary>
internal static class OrdersModule
{
    public static void AddOrdersModule(this IServiceCollection services)
    {
        services.AddScoped<OrderAccess>();
        services.AddScoped<OrderSteps>();
        services.AddScoped<SubmitIntent.Handler>();
        services.AddScoped<CreateIntent.Handler>();
        services.AddScoped<MyOrders.Handler>();
        services.AddScoped<EnterpriseOrders.Handler>();
    }

    public static void MapOrdersModule(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        SubmitIntent.Map(api);
        CreateIntent.Map(api);
        MyOrders.Map(api);
        RespondToOrder.Map(api);
        EnterpriseOrders.Map(api);
        HandleOrder.Map(api);
    }
}
