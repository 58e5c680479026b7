using System.Globalization;
using Zmd.Vocational.Core.Validation;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Apprenticeship.Application;

/// <summary>A generated enterprise: a valid credit code, a name, its short brand (for cohort names), and its size.</summary>
internal sealed record DemoEnterprise(string CreditCode, string Name, string Brand, bool AboveDesignatedSize);

/// <summary>A city-wide pool of generated enterprises in Zhumadian's districts and counties, so that several schools work
/// with the same enterprise as they do in life (the city-wide distinct count is then smaller than the sum over schools).
/// Enterprise <c>i</c> is the same wherever it appears; a school's partners are a stable permutation of the pool. Names
/// are invented from common words; credit codes carry correct check characters (GB 32100-2015, with a GB 11714
/// organisation code inside) but belong to no real enterprise.</summary>
internal static class DemoEnterprises
{
    private static readonly (string Name, string Area)[] Places =
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

    private const ulong Salt = 0x454E_5445_5250_5253; // "ENTERPRS"

    /// <summary>Enterprises with distinct names; a school with more partners than this gets further ones beyond the pool.</summary>
    public static readonly int PoolSize = Places.Length * Brands.Length * Trades.Length;

    // Multipliers coprime with the pool size (3000 = 2^3·3·5^3), one chosen per school, make a school's partner list a
    // permutation of the pool: distinct enterprises, as the file's uniqueness check requires.
    private static readonly int[] Multipliers = [7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67];

    private static readonly int[] OrgWeights = [3, 7, 9, 10, 5, 8, 4, 2];
    private const string CreditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] CreditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The school's <paramref name="ordinal"/>-th partner (0-based): the same for every school year.</summary>
    public static DemoEnterprise PartnerOf(string schoolCode, int ordinal)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ordinal);
        if (ordinal >= PoolSize)
        {
            return Enterprise(ordinal);
        }

        var hash = DemoPeople.StableHash(schoolCode + "/partners");
        var multiplier = Multipliers[(int)(hash % (ulong)Multipliers.Length)];
        var offset = (int)((hash >> 16) % (ulong)PoolSize);
        return Enterprise(((long)multiplier * ordinal + offset) % PoolSize);
    }

    public static DemoEnterprise Enterprise(long index)
    {
        var slot = (int)(index % PoolSize);
        var brand = Brands[slot % Brands.Length];
        var (trade, aboveShare) = Trades[slot / Brands.Length % Trades.Length];
        var (place, area) = Places[slot / (Brands.Length * Trades.Length)];
        var name = place + brand + trade + "有限公司";
        if (index >= PoolSize)
        {
            name += "第" + (index / PoolSize + 1).ToString(CultureInfo.InvariantCulture) + "分公司";
        }

        var random = new DemoRandom(index, Salt);
        return new DemoEnterprise(CreditCode(area, index), name, brand, random.Chance(aboveShare));
    }

    /// <summary>"91" (registered by market regulation, an enterprise), the district's code, a 9-character organisation
    /// code (8 digits unique per index and its GB 11714 check character), and the GB 32100 check character.</summary>
    public static string CreditCode(string area, long index)
    {
        var body = ((index * 7_654_321L) + 12_345_678L) % 100_000_000L; // a bijection on 8 digits (7654321 is coprime with 10^8)
        var org = body.ToString("D8", CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (org[i] - '0') * OrgWeights[i];
        }

        var orgCheck = (11 - (sum % 11)) switch { 10 => 'X', 11 => '0', var c => (char)('0' + c) };
        var first17 = "91" + area + org + orgCheck;

        var total = 0;
        for (var i = 0; i < 17; i++)
        {
            total += CreditAlphabet.IndexOf(first17[i], StringComparison.Ordinal) * CreditWeights[i];
        }

        var code = first17 + CreditAlphabet[(31 - (total % 31)) % 31];
        return UnifiedSocialCreditCode.IsValid(code) ? code : throw new InvalidOperationException($"Generated credit code {code} is invalid.");
    }
}
