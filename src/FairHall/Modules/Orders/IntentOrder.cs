using System.Globalization;
using System.Security.Cryptography;
using FairHall.Modules.Accounts;
using FairHall.Modules.Catalog;
using FairHall.Modules.Exhibitors;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Orders;

/// <summary>What the buyer asks for (ORD-1): quantity, budget in fen (null: no budget given), note.</summary>
public sealed record IntentRequest(int Quantity, long? BudgetFen, string? Note);

/// <summary>
/// An intent order (意向单, ORD-1..3) of one buyer for one product of one exhibitor. The product's name, price and
/// zone are copied at submission, so that the order reads the same after the product changes; the zone routes the
/// order to the sub-accounts bound to it. Its status follows <see cref="IntentTransitions"/>; every step appends
/// an <see cref="IntentEvent"/> (the status timeline and the operation log).
/// </summary>
public sealed class IntentOrder
{
    public const int NoteMax = 200;
    public const int MaxQuantity = 1_000_000;
    public const long MaxAmountFen = 100_000_000_000_00; // 100 billion yuan

    private readonly List<IntentEvent> events = [];

    private IntentOrder()
    {
    }

    public IntentOrder(Product product, long buyerUserId, string buyerName, IntentRequest request, string number, DateTimeOffset now)
        : this(product, buyerUserId, buyerName, request, number, now, IntentSide.Buyer)
    {
        events.Add(new IntentEvent(IntentAction.Submit, null, IntentStatus.Pending, IntentSide.Buyer, buyerUserId, buyerName, request.BudgetFen, Note, now));
    }

    private IntentOrder(Product product, long buyerUserId, string buyerName, IntentRequest request, string number, DateTimeOffset now, IntentSide createdBy)
    {
        Number = number;
        SessionId = product.SessionId;
        ProductId = product.Id;
        EnterpriseId = product.EnterpriseId;
        ZoneId = product.ZoneId;
        ProductNameZh = product.NameZh;
        ProductNameEn = product.NameEn;
        ProductCode = product.OwnCode;
        UnitPriceFen = product.MarketPriceFen;
        BuyerUserId = buyerUserId;
        BuyerName = buyerName;
        Quantity = request.Quantity;
        BudgetFen = request.BudgetFen;
        Note = request.Note?.Trim() ?? "";
        CreatedBy = createdBy;
        Status = IntentTransitions.Next(null, createdBy == IntentSide.Buyer ? IntentAction.Submit : IntentAction.Propose)!.Value;
        CreatedAt = now;
        UpdatedAt = now;
    }

    /// <summary>
    /// ORD-5 创建意向单: the exhibitor writes down an intent for a buyer (e.g. after an offline talk) with the amount
    /// they agreed; the order waits for the buyer, who confirms (deal) or declines (back to Pending) it in "my intents".
    /// The caller checks the amount with <see cref="IntentTransitions.NeedsAmount"/> first (see <see cref="CheckProposal"/>).
    /// </summary>
    public static IntentOrder Propose(Product product, long buyerUserId, string buyerName, IntentRequest request, long amountFen, string? note,
        long actorUserId, string actorName, string number, DateTimeOffset now)
    {
        var order = new IntentOrder(product, buyerUserId, buyerName, request, number, now, IntentSide.Exhibitor)
        {
            ConfirmedAmountFen = amountFen,
            ExhibitorNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        };
        order.events.Add(new IntentEvent(IntentAction.Propose, null, order.Status, IntentSide.Exhibitor, actorUserId, actorName, amountFen, order.ExhibitorNote, now));
        return order;
    }

    /// <summary>Checks an exhibitor's own intent (ORD-5): the request as a buyer's, plus the amount and the remark.</summary>
    public static IReadOnlyDictionary<string, string[]>? CheckProposal(IntentRequest request, long? amountFen, string? note)
    {
        var errors = Check(request)?.ToDictionary(e => e.Key, e => e.Value) ?? [];
        if (amountFen is not (> 0 and <= MaxAmountFen))
        {
            errors["amountFen"] = ["Orders.Invalid.Amount"];
        }

        if (note is { Length: > NoteMax })
        {
            errors["exhibitorNote"] = ["Orders.Invalid.Note"];
        }

        return errors.Count == 0 ? null : errors;
    }

    public long Id { get; private set; }

    /// <summary>Readable and unique: the time of submission and three letters (e.g. 20261122014503K7Q).</summary>
    public string Number { get; private set; } = "";

    public long SessionId { get; private set; }
    public long ProductId { get; private set; }

    /// <summary>The exhibitor.</summary>
    public long EnterpriseId { get; private set; }

    public long ZoneId { get; private set; }
    public string ProductNameZh { get; private set; } = "";
    public string ProductNameEn { get; private set; } = "";
    public string? ProductCode { get; private set; }
    public long? UnitPriceFen { get; private set; }
    public long BuyerUserId { get; private set; }
    public string BuyerName { get; private set; } = "";
    public int Quantity { get; private set; }
    public long? BudgetFen { get; private set; }
    public string Note { get; private set; } = "";

    /// <summary>确认金额: what the exhibitor confirmed or asked the buyer to confirm.</summary>
    public long? ConfirmedAmountFen { get; private set; }

    /// <summary>The exhibitor's last remark (参展商应答) or close reason.</summary>
    public string? ExhibitorNote { get; private set; }

    public IntentStatus Status { get; private set; }

    /// <summary>Who created the order: the buyer (ORD-1) or the exhibitor for the buyer (ORD-5).</summary>
    public IntentSide CreatedBy { get; private set; }

    /// <summary>ORD-5 e-contract intent: SHA-256 (hex) of <see cref="ContractText"/> at signing; null until signed.</summary>
    public string? ContractDigest { get; private set; }

    public DateTimeOffset? SignedAt { get; private set; }
    public long? SignedByUserId { get; private set; }
    public string? SignedByName { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Concurrency token: two clicks on the same version make one transition, the other gets 409.</summary>
    public long Version { get; private set; }

    public IReadOnlyList<IntentEvent> Events => events;

    /// <summary>Checks what a buyer (or the exhibitor for ORD-5) sends; messages are text keys.</summary>
    public static IReadOnlyDictionary<string, string[]>? Check(IntentRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Quantity is < 1 or > MaxQuantity)
        {
            errors["quantity"] = ["Orders.Invalid.Quantity"];
        }

        if (request.BudgetFen is < 0 or > MaxAmountFen)
        {
            errors["budgetFen"] = ["Orders.Invalid.Amount"];
        }

        if (request.Note is { Length: > NoteMax })
        {
            errors["note"] = ["Orders.Invalid.Note"];
        }

        return errors.Count == 0 ? null : errors;
    }

    /// <summary>One step of <see cref="IntentTransitions"/> by the given side; the amount is required where the table says so.</summary>
    public Error? Act(IntentAction action, IntentSide side, long actorUserId, string actorName, long? amountFen, string? note, DateTimeOffset now)
    {
        if (IntentTransitions.Side(action) != side || action is IntentAction.Submit or IntentAction.Propose)
        {
            return Error.Forbidden();
        }

        if (IntentTransitions.Next(Status, action) is not { } next)
        {
            return IntentTransitions.Illegal(Status, action);
        }

        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is { Length: > NoteMax })
        {
            return Error.Invalid("note", "Orders.Invalid.Note");
        }

        if (IntentTransitions.NeedsAmount(action))
        {
            if (amountFen is not ({ } a and > 0 and <= MaxAmountFen))
            {
                return Error.Invalid("amountFen", "Orders.Invalid.Amount");
            }

            ConfirmedAmountFen = amountFen;
        }
        else if (action == IntentAction.BuyerConfirm)
        {
            amountFen = ConfirmedAmountFen;
        }
        else
        {
            amountFen = null;
        }

        if (action == IntentAction.Close && note is null)
        {
            return Error.Invalid("note", "Orders.Invalid.Reason");
        }

        if (side == IntentSide.Exhibitor && note is not null)
        {
            ExhibitorNote = note;
        }

        if (action == IntentAction.Sign)
        {
            SignedAt = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero); // both engines keep whole seconds exactly
            SignedByUserId = actorUserId;
            SignedByName = actorName;
            ContractDigest = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ContractText())));
            amountFen = ConfirmedAmountFen;
        }

        events.Add(new IntentEvent(action, Status, next, side, actorUserId, actorName, amountFen, note, now));
        Status = next;
        UpdatedAt = now;
        Version++;
        return null;
    }

    /// <summary>
    /// The terms an e-contract intent signs (ORD-5), one per line in a fixed order, so that anyone holding the order
    /// can recompute <see cref="ContractDigest"/> and see that the terms were not changed after signing.
    /// </summary>
    public string ContractText() => string.Join('\n',
        "FairHall e-contract intent v1",
        $"number={Number}",
        $"product={ProductId.ToString(CultureInfo.InvariantCulture)}|{ProductCode}|{ProductNameZh}|{ProductNameEn}",
        $"quantity={Quantity.ToString(CultureInfo.InvariantCulture)}",
        $"amount_fen={ConfirmedAmountFen?.ToString(CultureInfo.InvariantCulture)}",
        $"buyer={BuyerUserId.ToString(CultureInfo.InvariantCulture)}|{BuyerName}",
        $"exhibitor={EnterpriseId.ToString(CultureInfo.InvariantCulture)}",
        $"signed_by={SignedByUserId?.ToString(CultureInfo.InvariantCulture)}|{SignedByName}",
        $"signed_at={SignedAt?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)}");

    /// <summary>
    /// A readable unique number: local time of submission to the second and five characters without look-alikes
    /// (33 million per second, so that hundreds of intents a second rarely draw the same one; a draw that does is
    /// retried by the caller).
    /// </summary>
    public static string NewNumber(DateTimeOffset now) =>
        Platform.Localization.DisplayTime.Local(now).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)
        + RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 5);
}

/// <summary>One step of an intent order: who, when, what, from which status to which, amount and remark (ORD-3).</summary>
public sealed class IntentEvent
{
    private IntentEvent()
    {
    }

    public IntentEvent(IntentAction action, IntentStatus? from, IntentStatus to, IntentSide side, long actorUserId, string actorName, long? amountFen, string? note, DateTimeOffset at)
    {
        Action = action;
        FromStatus = from;
        ToStatus = to;
        Side = side;
        ActorUserId = actorUserId;
        ActorName = actorName;
        AmountFen = amountFen;
        Note = string.IsNullOrEmpty(note) ? null : note;
        At = at;
    }

    public long Id { get; private set; }
    public long OrderId { get; private set; }
    public IntentAction Action { get; private set; }
    public IntentStatus? FromStatus { get; private set; }
    public IntentStatus ToStatus { get; private set; }
    public IntentSide Side { get; private set; }
    public long ActorUserId { get; private set; }
    public string ActorName { get; private set; } = "";
    public long? AmountFen { get; private set; }
    public string? Note { get; private set; }
    public DateTimeOffset At { get; private set; }
}

internal sealed class IntentOrderConfiguration : IEntityTypeConfiguration<IntentOrder>
{
    public void Configure(EntityTypeBuilder<IntentOrder> b)
    {
        b.ToTable("intent_orders");
        b.Property(x => x.Number).HasMaxLength(24);
        b.HasIndex(x => x.Number).IsUnique();
        b.Property(x => x.ProductNameZh).HasMaxLength(200);
        b.Property(x => x.ProductNameEn).HasMaxLength(300);
        b.Property(x => x.ProductCode).HasMaxLength(30);
        b.Property(x => x.BuyerName).HasMaxLength(100);
        b.Property(x => x.Note).HasMaxLength(IntentOrder.NoteMax);
        b.Property(x => x.ExhibitorNote).HasMaxLength(IntentOrder.NoteMax);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.CreatedBy).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.ContractDigest).HasMaxLength(64);
        b.Property(x => x.SignedByName).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Product>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<User>().WithMany().HasForeignKey(x => x.BuyerUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.EnterpriseId, x.Id });
        b.HasIndex(x => new { x.EnterpriseId, x.ZoneId, x.Id });
        b.HasIndex(x => new { x.BuyerUserId, x.Id });
        b.HasMany(x => x.Events).WithOne().HasForeignKey(e => e.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Events).HasField("events").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class IntentEventConfiguration : IEntityTypeConfiguration<IntentEvent>
{
    public void Configure(EntityTypeBuilder<IntentEvent> b)
    {
        b.ToTable("intent_events");
        b.Property(x => x.Action).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.FromStatus).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.ToStatus).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.Side).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.ActorName).HasMaxLength(100);
        b.Property(x => x.Note).HasMaxLength(IntentOrder.NoteMax);
        b.HasIndex(x => new { x.OrderId, x.Id });
    }
}
