namespace FairHall.Platform.Audit;

/// <summary>Marks an entity whose rows are themselves records (audit, outbox, deliveries) and are not audited.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NotAuditedAttribute : Attribute;
