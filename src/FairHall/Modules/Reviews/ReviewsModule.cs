namespace FairHall.Modules.Reviews;

/// <summary>The one review queue every reviewable subject uses (X-1, ROLE-2..4).</summary>
internal static class ReviewsModule
{
    public static void AddReviewsModule(this IServiceCollection services)
    {
        services.AddScoped<ReviewScope>();
        services.AddScoped<ReviewQueue>();
        services.AddScoped<ReviewMover>();
        services.AddScoped<ListReviews.Handler>();
        services.AddScoped<GetReview.Handler>();
        services.AddScoped<ClaimReview.Handler>();
        services.AddScoped<DecideReview.Handler>();
        services.AddScoped<BatchApproveReviews.Handler>();
    }

    public static void MapReviewsModule(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        ListReviews.Map(api);
        GetReview.Map(api);
        ClaimReview.Map(api);
        DecideReview.Map(api);
        BatchApproveReviews.Map(api);
    }
}
