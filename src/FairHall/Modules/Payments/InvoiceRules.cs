using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Platform.Outcomes;

namespace FairHall.Modules.Payments;

/// <summary>What decides an invoice's title and type (PKG-9), read from onboarding records.</summary>
public sealed record InvoiceFacts(bool OfflineExhibitor, string EnterpriseNameZh, string? QualificationNameZh, TaxpayerType? TaxpayerType, string? CreditCode);

/// <summary>
/// PKG-9 as pure rules. Title: offline exhibitors (eligibility kind 一) use the Chinese name in the exhibitor
/// system; online-only exhibitors the Chinese name of their qualification. Type: a general taxpayer chooses VAT
/// special or ordinary; a small-scale taxpayer, or one whose taxpayer type is unknown (no qualification), ordinary only.
/// </summary>
public static class InvoiceRules
{
    public static Result<string> Title(InvoiceFacts f) =>
        f.OfflineExhibitor ? f.EnterpriseNameZh
        : f.QualificationNameZh is { Length: > 0 } name ? name
        : Error.Rule("invoice_needs_qualification");

    public static IReadOnlyList<InvoiceType> AllowedTypes(InvoiceFacts f) =>
        f.TaxpayerType == Exhibitors.Onboarding.TaxpayerType.General ? [InvoiceType.Special, InvoiceType.Ordinary] : [InvoiceType.Ordinary];

    public static Error? CheckType(InvoiceFacts f, InvoiceType wanted) =>
        AllowedTypes(f).Contains(wanted) ? null : Error.Rule("invoice_type_not_allowed");

    /// <summary>Money invoiced never exceeds money kept: a refund beyond what the blue invoice leaves out needs a red-letter invoice first.</summary>
    public static bool NeedsReversal(long paidFen, long blueFen, long refundedIncludingThisFen) => blueFen + refundedIncludingThisFen > paidFen;

    /// <summary>Service fees carry 6 % VAT (现代服务); the amount paid includes it.</summary>
    public static (long NetFen, long TaxFen) SplitTax(long grossFen)
    {
        var net = (long)Math.Round(grossFen / 1.06m, MidpointRounding.AwayFromZero);
        return (net, grossFen - net);
    }
}
