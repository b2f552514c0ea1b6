using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;

namespace FairHall.Modules.Orders;

/// <summary>
/// POST /api/v1/enterprise/intent-orders/{id}/close | /deal | /ask-buyer | /sign — ORD-2, the exhibitor's three buttons: 未成交关闭
/// (reason required), 确认已成交 and 提交采购商确认 (amount required; ACC-9: not by consultants); ORD-5 签约 of a deal.
/// </summary>
internal static class HandleOrder
{
    public sealed record Request(long? AmountFen = null, string? Note = null, long? Version = null);

    public static void Map(RouteGroupBuilder api)
    {
        foreach (var (path, action, summary) in new[]
        {
            ("close", IntentAction.Close, "Close without a deal (note = reason)."),
            ("deal", IntentAction.ConfirmDeal, "Confirm the deal at the confirmed amount."),
            ("ask-buyer", IntentAction.AskBuyer, "Send the amount to the buyer for confirmation."),
            ("sign", IntentAction.Sign, "Sign the deal as an e-contract intent (ORD-5, business representatives)."),
        })
        {
            api.MapPost($"/enterprise/intent-orders/{{id:long}}/{path}", async (long id, Request request, OrderSteps steps, HttpContext http, CancellationToken ct) =>
                    (await steps.TakeAsync(id, IntentSide.Exhibitor, action, new(request.AmountFen, request.Note, request.Version), ct)).ToHttp(http, v => TypedResults.Ok(v)))
                .RequireAuthorization(Policies.Exhibitor).WithTags("Orders").WithSummary(summary);
        }
    }
}
