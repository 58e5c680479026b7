using Zmd.Vocational.Certificates.Domain;
using Zmd.Vocational.Core.Seeding;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Certificates.Application;

/// <summary>A certificate of seeds/certificates.csv with the levels it has.</summary>
internal sealed record DemoCertificate(string Code, IReadOnlyList<CertificateLevel> Levels);

/// <summary>A major that could pilot a certificate.</summary>
internal sealed record DemoPilot(DemoMajor Major, DemoCertificate Certificate);

/// <summary>Which certificates a generated school pilots in which of its majors: each offered major (as the roster
/// generator chooses them) paired with the catalogue's certificates that suit it, judged by words of the major's name,
/// in a stable per-school order. A school with no suitable pair (an unusual catalogue) pairs any major with any certificate.</summary>
internal sealed class DemoCertificates(SeedsLocation seeds, DemoMajors majors)
{
    /// <summary>Words of the names of the majors a certificate of seeds/certificates.csv suits.</summary>
    private static readonly Dictionary<string, string[]> Suits = new(StringComparer.Ordinal)
    {
        ["X-WEB"] = ["计算机", "软件", "数字媒体", "大数据"],
        ["X-UI"] = ["数字媒体", "平面设计", "计算机应用", "软件"],
        ["X-CLOUD"] = ["网络", "大数据", "软件", "计算机应用工程"],
        ["X-NETOPS"] = ["网络", "计算机应用"],
        ["X-SENSOR"] = ["物联网", "电子"],
        ["X-LOG"] = ["物流"],
        ["X-ECDA"] = ["电子商务", "直播"],
        ["X-SHOP"] = ["电子商务", "直播"],
        ["X-AGRI-EC"] = ["农村电子商务", "农产品", "现代农业经济", "休闲农业"],
        ["X-TAX"] = ["会计", "金融"],
        ["X-FINIT"] = ["会计"],
        ["X-GTAX"] = ["会计", "金融"],
        ["X-ELDER"] = ["养老", "护理", "康复"],
        ["X-DEMENTIA"] = ["养老", "康复"],
        ["X-MATERNAL"] = ["护理", "助产", "托育"],
        ["X-INFANT"] = ["托育", "幼儿", "早期教育", "学前"],
        ["X-AUTO"] = ["汽车"],
        ["X-NEV"] = ["新能源汽车"],
        ["X-ROBOT-OM"] = ["机器人", "机电", "电气"],
        ["X-ROBOT-PG"] = ["机器人", "自动化"],
        ["X-CNC"] = ["数控", "机械"],
        ["X-WELD"] = ["焊接", "机械制造"],
        ["X-BIM"] = ["建筑", "造价"],
        ["X-DRAW"] = ["建筑", "造价"],
        ["X-FOOD"] = ["食品", "粮"],
    };

    private readonly Lazy<DemoCertificate[]> _catalogue = new(() =>
    {
        var certificates = SeedCsvFile.Read(seeds.Directory, "certificates.csv")
            .Select(r => new DemoCertificate(
                CertificateCodes.Normalize(r.Required("code")),
                CertificateLevels.Parse(CertificateLevels.Normalize(r.Required("levels")) ?? CertificateLevels.All)))
            .ToArray();
        return certificates.Length > 0 ? certificates : throw new InvalidOperationException("seeds/certificates.csv lists no certificates.");
    });

    /// <summary>The levels a school type pilots, most usual first: 中职 and 技工 schools start at 初级, 高职 at 中级,
    /// 职业本科 at 中级 and 高级.</summary>
    public static CertificateLevel[] PreferredLevels(SchoolType type) => type switch
    {
        SchoolType.HigherVocational => [CertificateLevel.Intermediate, CertificateLevel.Junior, CertificateLevel.Senior],
        SchoolType.VocationalBachelor => [CertificateLevel.Intermediate, CertificateLevel.Senior, CertificateLevel.Junior],
        _ => [CertificateLevel.Junior, CertificateLevel.Intermediate, CertificateLevel.Senior],
    };

    /// <summary>The levels of <paramref name="certificate"/> in the school type's order of preference.</summary>
    public static CertificateLevel[] LevelsFor(DemoCertificate certificate, SchoolType type)
    {
        var levels = PreferredLevels(type).Where(certificate.Levels.Contains).ToArray();
        return levels.Length > 0 ? levels : [.. certificate.Levels];
    }

    /// <summary>The school's (major, certificate) pairs in a stable order; never empty.</summary>
    public DemoPilot[] Candidates(string schoolCode, SchoolType type)
    {
        var offered = majors.Offered(schoolCode, type);
        var catalogue = _catalogue.Value;
        var pairs = offered
            .SelectMany(m => catalogue.Where(c => Suits.TryGetValue(c.Code, out var words) && words.Any(m.Name.Contains)).Select(c => new DemoPilot(m, c)))
            .ToArray();
        if (pairs.Length == 0)
        {
            pairs = [.. offered.SelectMany(m => catalogue.Select(c => new DemoPilot(m, c)))];
        }

        new DemoRandom(DemoPeople.StableHash(schoolCode + "/pilots")).Shuffle(pairs.AsSpan());
        return pairs;
    }
}
