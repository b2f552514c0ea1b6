using FairHall.Modules.Fairs;
using FairHall.Modules.Reviews;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>
/// Demo onboarding data: pending qualifications of enterprises of GZ, SZ and the Foshan sub-delegation (so
/// <c>gz.delegation</c> has a queue and scoping is visible), and a batch of CCPIT invitation codes.
/// </summary>
internal static class OnboardingDemoData
{
    private static readonly (string Delegation, string NameZh, string NameEn, string Region, bool Poverty)[] Applicants =
    [
        ("GZ", "广州白云五金制品有限公司", "Guangzhou Baiyun Hardware Co., Ltd.", "广东省广州市白云区", false),
        ("GZ", "广州番禺灯饰照明有限公司", "Guangzhou Panyu Lighting Co., Ltd.", "广东省广州市番禺区", false),
        ("GZ", "广州黔货出山农产品贸易有限公司", "Guangzhou Guizhou Produce Trading Co., Ltd.", "贵州省毕节市威宁县", true),
        ("SZ", "深圳前海智能家居科技有限公司", "Shenzhen Qianhai Smart Home Technology Co., Ltd.", "广东省深圳市南山区", false),
        ("GD-FS", "佛山顺德家用电器有限公司", "Foshan Shunde Home Appliances Co., Ltd.", "广东省佛山市顺德区", false),
    ];

    public static async Task SeedAsync(FairHallDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var app = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider
            ?? throw new InvalidOperationException("The demo data needs the application's services.");
        var files = new FileStore(app.GetRequiredService<Platform.Files.IFileStore>(), app.GetRequiredService<TextCatalog>(), clock);
        var session = await db.Set<Session>().OrderByDescending(s => s.Number).FirstAsync(ct);
        var zones = await db.Set<Zone>().Where(z => z.SessionId == session.Id).OrderBy(z => z.SortOrder).Take(3).ToListAsync(ct);
        var delegations = await db.Set<Delegation>().ToDictionaryAsync(d => d.Code, d => d.Id, ct);
        var now = clock.GetUtcNow();
        var system = new Actor(null, "演示数据", false);
        var n = 0;
        foreach (var a in Applicants)
        {
            n++;
            var enterprise = new Enterprise { NameZh = a.NameZh, NameEn = a.NameEn, DelegationId = delegations[a.Delegation], CreatedAt = now };
            db.Add(enterprise);
            await db.SaveChangesAsync(ct);
            using var pdf = new MemoryStream("%PDF-1.4\n% FairHall demo business licence\n%%EOF\n"u8.ToArray());
            var licence = (await files.SaveAsync(db, pdf, $"营业执照-{n}.pdf", "licence", enterprise.Id, null, "LicenceFileId", ct)).Value;
            await db.SaveChangesAsync(ct);
            var first17 = $"9144010{n:D2}MA5{n:D7}"[..17];
            var q = new Qualification(enterprise.Id, session.Id, new QualificationDetails(
                a.NameZh, a.NameEn, first17 + CreditCode.CheckCharacter(first17), licence.Id, a.Region, [.. zones.Take(1 + (n % 2)).Select(z => z.Id)],
                n % 2 == 0 ? TaxpayerType.SmallScale : TaxpayerType.General, true, a.Poverty, a.Poverty ? "520526" : null), now);
            db.Add(q);
            await db.SaveChangesAsync(ct);
            var item = new ReviewItem(QualificationReviewHandler.Type, q.Id, ReviewerKind.Delegation, delegations[a.Delegation], enterprise.Id);
            var submitted = item.Submit(q.NameZh, q.NameEn, $"{q.NameZh} {q.NameEn} {q.CreditCode}", QualificationReviewHandler.Snapshot(q, zones).ToJson(), system, now);
            db.Add(item);
            db.Add(submitted.Value);
        }

        var ccpit = await db.Set<Institution>().Where(i => i.Code == "CCPIT").Select(i => i.Id).FirstAsync(ct);
        db.AddRange(Enumerable.Range(0, 10).Select(_ => new InvitationCode { InstitutionId = ccpit, Code = InvitationCode.NewCode(), BatchLabel = "演示批次 / demo", CreatedAt = now, CreatedByName = "演示数据" }));
        await db.SaveChangesAsync(ct);
    }
}
