using System.Globalization;
using Zmd.Vocational.Core.Validation;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Apprenticeship.Application;

/// <summary>A generated enterprise: a valid credit code, a name, its short brand (for cohort names), and its size.</summary>
internal sealed record DemoEnterprise(string CreditCode, string Name, string Brand, bool AboveDesignatedSize);

/// <summary>A city-wide pool of generated enterprises in Zhumadian's districts and counties (place × brand × trade), so
/// that several schools work with the same enterprise as they do in life. Enterprise <c>i</c> is the same wherever it
/// appears. A school's partners begin with its three apprenticeship partners, local enterprises of the trades of its three
/// most popular majors (a cohort in 汽车运用与维修 trains with a car dealer), and go on through a stable per-school
/// permutation of the pool. Names are invented from common words; credit codes carry correct check characters
/// (GB 32100-2015, with a GB 11714 organisation code inside) but belong to no real enterprise.</summary>
internal static class DemoEnterprises
{
    /// <summary>How many of a school's partners train its apprentices.</summary>
    public const int ApprenticeshipPartners = 3;

    private static readonly (string Name, string County)[] Places =
    [
        ("驻马店", "411702"), ("西平县", "411721"), ("上蔡县", "411722"), ("平舆县", "411723"), ("正阳县", "411724"),
        ("确山县", "411725"), ("泌阳县", "411726"), ("汝南县", "411727"), ("遂平县", "411728"), ("新蔡县", "411729"),
    ];

    private static readonly string[] Brands =
    [
        "恒达", "华昌", "天中", "嵖岈", "汇通", "鑫源", "金鼎", "中原", "宏泰", "锦程",
        "瑞丰", "永兴", "博远", "豫顺", "众鑫", "隆盛", "汝河", "正和", "新元", "康宁",
    ];

    /// <summary>Trade words of a name, with the share of such enterprises that are 规模以上.</summary>
    private static readonly (string Trade, double AboveShare)[] Trades =
    [
        ("机械制造", 0.5), ("汽车销售服务", 0.3), ("食品", 0.5), ("农业科技", 0.2), ("电子商务", 0.15),
        ("信息技术", 0.2), ("建筑工程", 0.45), ("物流", 0.35), ("医药", 0.4), ("养老服务", 0.1),
        ("托育服务", 0.05), ("财务咨询", 0.05), ("酒店管理", 0.3), ("电气设备", 0.45), ("牧业", 0.4),
    ];

    /// <summary>Words of a major's name and the trade (index in <see cref="Trades"/>) that trains it; the first match wins.</summary>
    private static readonly (string Word, int Trade)[] TradeWords =
    [
        ("汽车", 1), ("农机", 0), ("农业装备", 0), ("会计", 11), ("金融", 11), ("电子商务", 4), ("直播", 4), ("农产品加工", 2),
        ("食品", 2), ("粮", 2), ("物流", 7), ("养老", 9), ("托育", 10), ("幼儿", 10), ("早期教育", 10), ("学前", 10),
        ("畜", 14), ("牧", 14), ("动物", 14), ("农", 3), ("园艺", 3), ("植物", 3), ("食用菌", 3), ("护理", 8), ("助产", 8),
        ("药", 8), ("医学", 8), ("康复", 8), ("建筑", 6), ("造价", 6), ("旅游", 12), ("酒店", 12), ("烹饪", 12), ("中餐", 12),
        ("电气", 13), ("电子", 13), ("计算机", 5), ("软件", 5), ("数据", 5), ("网络", 5), ("物联网", 5), ("人工智能", 5),
        ("数字媒体", 5), ("平面设计", 5),
    ];

    private const ulong Salt = 0x454E_5445_5250_5253; // "ENTERPRS"

    /// <summary>Enterprises with distinct names; a school with more partners than this gets branches beyond the pool.</summary>
    public static readonly int PoolSize = Places.Length * Brands.Length * Trades.Length;

    // Multipliers coprime with the pool size (3000 = 2^3·3·5^3), one chosen per school, make the rest of a school's
    // partner list a permutation of the pool: distinct enterprises, as the file's uniqueness check requires. Near a third
    // of the pool, so that neighbouring partners differ in place, brand and trade.
    private static readonly int[] Multipliers = [1001, 1013, 1019, 1021, 1031, 1033, 1039, 1049, 1051, 1061, 1063, 1069, 1087, 1091, 1093, 1097];

    private static readonly int[] OrgWeights = [3, 7, 9, 10, 5, 8, 4, 2];
    private const string CreditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] CreditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The enterprise that trains apprentices of <paramref name="offered"/>[<paramref name="which"/>] (0 ≤ which
    /// &lt; <see cref="ApprenticeshipPartners"/>): of the major's trade, in the school's county, a brand per school and
    /// major. The same for every school year.</summary>
    public static DemoEnterprise ApprenticeshipPartner(string schoolCode, DemoMajor[] offered, int which) =>
        Enterprise(ApprenticeshipSlot(schoolCode, offered, which));

    /// <summary>The school's partners in order: its apprenticeship partners, then the pool in a per-school order.</summary>
    public static IEnumerable<DemoEnterprise> PartnersOf(string schoolCode, DemoMajor[] offered)
    {
        var apprenticeship = Enumerable.Range(0, Math.Min(ApprenticeshipPartners, offered.Length))
            .Select(i => ApprenticeshipSlot(schoolCode, offered, i))
            .Distinct()
            .ToList();
        foreach (var slot in apprenticeship)
        {
            yield return Enterprise(slot);
        }

        var hash = DemoPeople.StableHash(schoolCode + "/partners");
        var multiplier = Multipliers[(int)(hash % (ulong)Multipliers.Length)];
        var offset = (int)((hash >> 16) % (ulong)PoolSize);
        for (var j = 0; j < PoolSize; j++)
        {
            var slot = (int)((((long)multiplier * j) + offset) % PoolSize);
            if (!apprenticeship.Contains(slot))
            {
                yield return Enterprise(slot);
            }
        }

        for (var branch = PoolSize; ; branch++)
        {
            yield return Enterprise(branch);
        }
    }

    public static DemoEnterprise Enterprise(long index)
    {
        var slot = (int)(index % PoolSize);
        var brand = Brands[slot % Brands.Length];
        var (trade, aboveShare) = Trades[slot / Brands.Length % Trades.Length];
        var (place, county) = Places[slot / (Brands.Length * Trades.Length)];
        var name = place + brand + trade + "有限公司";
        if (index >= PoolSize)
        {
            name += "第" + (index / PoolSize + 1).ToString(CultureInfo.InvariantCulture) + "分公司";
        }

        var random = new DemoRandom(index, Salt);
        return new DemoEnterprise(CreditCode(county, index), name, brand, random.Chance(aboveShare));
    }

    /// <summary>"91" (registered by market regulation, an enterprise), the county's code, a 9-character organisation code
    /// (8 digits unique per index and its GB 11714 check character), and the GB 32100 check character.</summary>
    public static string CreditCode(string county, long index)
    {
        var body = ((index * 7_654_321L) + 12_345_678L) % 100_000_000L; // a bijection on 8 digits (7654321 is coprime with 10^8)
        var org = body.ToString("D8", CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (org[i] - '0') * OrgWeights[i];
        }

        var orgCheck = (11 - (sum % 11)) switch { 10 => 'X', 11 => '0', var c => (char)('0' + c) };
        var first17 = "91" + county + org + orgCheck;

        var total = 0;
        for (var i = 0; i < 17; i++)
        {
            total += CreditAlphabet.IndexOf(first17[i], StringComparison.Ordinal) * CreditWeights[i];
        }

        var code = first17 + CreditAlphabet[(31 - (total % 31)) % 31];
        return UnifiedSocialCreditCode.IsValid(code) ? code : throw new InvalidOperationException($"Generated credit code {code} is invalid.");
    }

    private static int ApprenticeshipSlot(string schoolCode, DemoMajor[] offered, int which)
    {
        var major = offered[which % offered.Length];
        var trade = TradeWords.FirstOrDefault(t => major.Name.Contains(t.Word, StringComparison.Ordinal)).Trade; // none: 机械制造
        // Distinct brands for the three, so two majors of one trade train with two enterprises.
        var brand = (int)((DemoPeople.StableHash(schoolCode + "/apprenticeship") + ((ulong)which * 7)) % (ulong)Brands.Length);
        return brand + (Brands.Length * trade) + (Brands.Length * Trades.Length * PlaceOf(schoolCode));
    }

    /// <summary>The school's county from its code (type prefix, 6-digit county code, sequence; see seeds/README.md):
    /// 市直 schools (411700) and the functional areas sit in 驿城区, the city proper.</summary>
    private static int PlaceOf(string schoolCode)
    {
        var county = schoolCode.Length >= 8 ? schoolCode.Substring(2, 6) : "";
        var place = Array.FindIndex(Places, p => p.County == county);
        return place < 0 ? 0 : place;
    }
}
