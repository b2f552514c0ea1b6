using Bogus;

namespace FairHall.Bench;

/// <summary>How big a generated fair is; scale 1 is a Canton Fair session.</summary>
internal sealed record FairSize(int Exhibitors, int Products, int Buyers)
{
    public const int FullExhibitors = 30_000;
    public const int FullProducts = 3_000_000;
    public const int FullBuyers = 500_000;

    public static FairSize Of(double scale) => new(
        Math.Max(3, (int)Math.Round(FullExhibitors * scale)),
        Math.Max(10, (int)Math.Round(FullProducts * scale)),
        Math.Max(5, (int)Math.Round(FullBuyers * scale)));
}

internal sealed record GenExhibitor(
    int Index, int ZoneSlot, string NameZh, string NameEn, string IntroZh, string IntroEn, string MainProductsZh, string MainProductsEn,
    string ContactName, string ContactPhone, string ContactEmail, string AddressZh, string AddressEn, string Website, int FoundedYear);

internal sealed record GenProduct(
    int Index, int ExhibitorIndex, int ZoneSlot, string NameZh, string NameEn, string DescriptionZh, string DescriptionEn, string Category,
    string? Brand, string? Origin, string? Model, long? MarketPriceFen, long? WholesalePriceFen, string MinimumOrder, bool IsNew, string OwnCode);

internal sealed record GenBuyer(int Index, string UserName, string DisplayName, string Email);

/// <summary>
/// A deterministic fair from a seed and a scale: every entity's random stream is derived from (seed, kind, index),
/// so the same seed gives the same rows whatever is asked for first, and everything streams (3 million products
/// are never in memory). Exhibitor k owns the contiguous block of products [k·P/E, (k+1)·P/E) and one zone.
/// </summary>
internal sealed class FairGenerator(int seed, FairSize size, int zones)
{
    public FairSize Size => size;

    public IEnumerable<GenExhibitor> Exhibitors()
    {
        var faker = new Faker("zh_CN");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < size.Exhibitors; i++)
        {
            faker.Random = new Randomizer(Mix(seed, 7, i));
            var r = faker.Random;
            var origin = r.ArrayElement(Vocabulary.Origins);
            var brand = r.ArrayElement(Vocabulary.Brands);
            var word = r.Int(0, Vocabulary.IndustryWordsZh.Length - 1);
            var city = origin.Zh.Length > 2 ? origin.Zh[2..] : origin.Zh;
            var cityEn = origin.En.Split(',')[0];
            var nameZh = $"{city}市{brand}{Vocabulary.IndustryWordsZh[word]}有限公司";
            var nameEn = $"{cityEn} {Latin(brand)} {Vocabulary.IndustryWordsEn[word]} Co., Ltd.";
            for (var n = 2; !seen.Add(nameZh); n++)
            {
                nameZh = $"{city}市{brand}{Vocabulary.IndustryWordsZh[word]}{n}厂有限公司";
                nameEn = $"{cityEn} {Latin(brand)} {Vocabulary.IndustryWordsEn[word]} Factory {n} Co., Ltd.";
            }

            var main = Enumerable.Range(0, 3).Select(_ => r.ArrayElement(Vocabulary.Nouns)).DistinctBy(x => x.Zh).ToList();
            var year = r.Int(1985, 2022);
            var countries = r.Int(10, 90);
            var street = r.Int(1, 999);
            yield return new GenExhibitor(
                i, ExhibitorZone(i), nameZh, nameEn,
                $"{nameZh}创立于{year}年，位于{origin.Zh}，专业生产{string.Join("、", main.Select(m => m.Zh))}，产品远销{countries}多个国家和地区。",
                $"Founded in {year} in {origin.En}, {nameEn} makes {string.Join(", ", main.Select(m => m.En))} and exports to more than {countries} countries.",
                string.Join("、", main.Select(m => m.Zh)), string.Join(", ", main.Select(m => m.En)),
                faker.Name.FullName(), $"+86 {r.Int(20, 999)} {r.Int(1000, 9999)} {r.Int(1000, 9999)}", $"sales{i}@exhibitor{i}.example",
                $"{origin.Zh}{faker.Address.StreetName()}{street}号", $"{street} {Latin(brand)} Road, {origin.En}",
                $"https://www.exhibitor{i}.example", year);
        }
    }

    /// <summary>The products of exhibitors [from, to), in product order.</summary>
    public IEnumerable<GenProduct> Products(int fromExhibitor = 0, int? toExhibitor = null)
    {
        for (var e = fromExhibitor; e < (toExhibitor ?? size.Exhibitors); e++)
        {
            var zoneSlot = ExhibitorZone(e);
            var first = (int)((long)e * size.Products / size.Exhibitors);
            var end = (int)((long)(e + 1) * size.Products / size.Exhibitors);
            var r = new Random(Mix(seed, 2, e));
            for (var i = first; i < end; i++)
            {
                yield return Product(i, e, zoneSlot, r);
            }
        }
    }

    /// <summary>The zone slot of exhibitor <paramref name="index"/>.</summary>
    public int ExhibitorZone(int index) => new Random(Mix(seed, 1, index)).Next(zones);

    public IEnumerable<GenBuyer> Buyers()
    {
        var faker = new Faker("zh_CN");
        var en = new Faker("en");
        for (var i = 0; i < size.Buyers; i++)
        {
            faker.Random = new Randomizer(Mix(seed, 3, i));
            en.Random = faker.Random;
            var name = faker.Random.Bool(0.6f) ? faker.Name.FullName() : en.Name.FullName();
            yield return new GenBuyer(i, UserNameOf(i), name, $"buyer{i}@buyers.example");
        }
    }

    public static string UserNameOf(int index) => $"bench.buyer{index:D6}";

    private static GenProduct Product(int index, int exhibitor, int zoneSlot, Random r)
    {
        var noun = Vocabulary.Nouns[Zipf(r, Vocabulary.Nouns.Length, 0.8)];
        var modifier = Vocabulary.Modifiers[r.Next(Vocabulary.Modifiers.Length)];
        var material = Vocabulary.Materials[r.Next(Vocabulary.Materials.Length)];
        var brand = r.NextDouble() < 0.6 ? Vocabulary.Brands[r.Next(Vocabulary.Brands.Length)] : null;
        var origin = r.NextDouble() < 0.8 ? Vocabulary.Origins[r.Next(Vocabulary.Origins.Length)].Zh : null;
        var kind = r.Next(4);
        var amount = kind switch { 0 => r.Next(1, 40) * 50, 1 => r.Next(10, 120), 2 => r.Next(2, 12), _ => 0 };
        var (specZh, specEn) = kind switch
        {
            0 => ($" {amount}毫升", $", {amount} ml"),
            1 => ($" {amount}厘米", $", {amount} cm"),
            2 => ($" {amount}件套", $", set of {amount}"),
            _ => ("", ""),
        };
        var nameZh = $"{brand}{modifier.Zh}{material.Zh}{noun.Zh}{specZh}".Trim();
        var nameEn = string.Join(' ', new[] { brand is null ? null : Latin(brand), modifier.En, material.En, noun.En }.Where(s => !string.IsNullOrEmpty(s))) + specEn;
        long? market = r.NextDouble() < 0.85 ? (long)Math.Round(Math.Exp(r.NextDouble() * 9 + 4)) : null; // 0.55 to 445,000 fen, log-uniform; 15 % 暂无报价
        long? wholesale = market is { } m && r.NextDouble() < 0.5 ? m * r.Next(50, 90) / 100 : null;
        var described = r.NextDouble() < 0.7;
        var days = r.Next(7, 45);
        var describedEn = described && r.NextDouble() < 0.9;
        var model = r.NextDouble() < 0.4 ? $"{(char)('A' + r.Next(26))}{(char)('A' + r.Next(26))}-{r.Next(100, 9999)}" : null;
        var minimum = r.Next(1, 50) * 100;
        var isNew = r.NextDouble() < 0.1;
        return new GenProduct(
            index, exhibitor, zoneSlot, Cut(nameZh), Cut(nameEn),
            described ? $"{noun.Zh}，{material.Zh}{modifier.Zh}，厂家直供，支持来样定制，{days}天交货。" : "",
            describedEn ? $"{noun.En}, {material.En} {modifier.En}, factory direct, OEM welcome, delivery in {days} days." : "",
            noun.Category, brand, origin, model, market, wholesale, $"{minimum}件", isNew, $"P{index:D7}");
    }

    private static string Cut(string s) => s.Length > 100 ? s[..100] : s;

    /// <summary>A Zipf-like rank in [0, n): rank k drawn with probability ∝ 1/(k+1)^s (inverse transform over the continuous approximation).</summary>
    public static int Zipf(Random r, int n, double s = 1.0)
    {
        var u = r.NextDouble();
        double k;
        if (Math.Abs(s - 1.0) < 1e-9)
        {
            k = Math.Exp(u * Math.Log(n + 1)) - 1;
        }
        else
        {
            var a = 1 - s;
            k = Math.Pow(u * (Math.Pow(n + 1, a) - 1) + 1, 1 / a) - 1;
        }

        return Math.Clamp((int)k, 0, n - 1);
    }

    /// <summary>A stable 31-bit seed from (seed, kind, index).</summary>
    public static int Mix(int seed, int kind, long index)
    {
        var x = ((ulong)(uint)seed * 0x9E3779B97F4A7C15UL) ^ ((ulong)kind * 0xC2B2AE3D27D4EB4FUL) ^ ((ulong)index * 0x165667B19E3779F9UL);
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        return (int)(x & 0x7FFFFFFF);
    }

    private static string Latin(string brand) => brand.All(char.IsAscii) ? brand : brand switch
    {
        "美厨" => "Meichu",
        "声海" => "Shenghai",
        "光明星" => "Guangmingxing",
        "华艺" => "Huayi",
        "金象" => "Jinxiang",
        "德力" => "Deli",
        "雅居" => "Yaju",
        "乐途" => "Letu",
        "恒通" => "Hengtong",
        "佳能达" => "Jianengda",
        "天工" => "Tiangong",
        "宏达" => "Hongda",
        "和风" => "Hefeng",
        "绿源" => "Lvyuan",
        "小熊猫" => "Xiaoxiongmao",
        _ => "Hua",
    };
}
