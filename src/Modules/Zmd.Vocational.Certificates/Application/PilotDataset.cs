using Zmd.Vocational.Certificates.Contracts;
using Zmd.Vocational.Certificates.Domain;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.Filing.Contracts.ValidatedRow;
using static Zmd.Vocational.Certificates.Data.CertificatesModelBuilderExtensions;

namespace Zmd.Vocational.Certificates.Application;

/// <summary>The certificate pilots (1+X证书试点专业) as Filing sees them: columns, code lists, and the mapping between a
/// filed row and a <see cref="CertificatePilotRecord"/>.
/// A (major, certificate, level) combination should appear once, but no column is unique on its own (a major pilots
/// several certificates, a certificate serves several majors) and Filing checks uniqueness per column only, so a
/// repeated combination is accepted; the statistics count distinct majors and are not affected by it.</summary>
internal static class PilotDataset
{
    /// <summary>After the rosters and the cooperation datasets.</summary>
    public const int Order = 60;

    public static readonly DatasetDefinition Definition = new(
        CertificatesDatasets.Pilots,
        "1+X证书试点专业",
        "1+X certificate pilots",
        Order,
        [
            new(nameof(CertificatePilotRecord.MajorCode), "专业代码", "Major code", ColumnType.Code, Required: true, MaxLength: MajorCodeLength,
                OptionsSource: CodeLists.Majors, NoteZh: "《职业教育专业目录（2021年）》中的专业代码。"),
            new(nameof(CertificatePilotRecord.CertificateCode), "证书代码", "Certificate code", ColumnType.Code, Required: true,
                MaxLength: CodeLength, OptionsSource: CertificateCodeLists.Certificates,
                NoteZh: "市教育局维护的1+X证书目录中的证书代码，如 X-WEB。"),
            new(nameof(CertificatePilotRecord.Level), "等级", "Level", ColumnType.Code, Required: true, Options: CertificateLevels.Set.Options),
            new(nameof(CertificatePilotRecord.StartYear), "试点开始年份", "Pilot since", ColumnType.Integer, Required: true, Min: 2019, Max: 2100,
                NoteZh: "四位年份；1+X证书制度试点始于2019年。"),
        ],
        UniqueInFile: [],
        DescriptionZh: "本学年开展1+X证书试点的专业，每个“专业—证书—等级”组合一行，同一组合请勿重复填写。");

    public static readonly int MajorCode = Definition.IndexOf(nameof(CertificatePilotRecord.MajorCode));
    public static readonly int CertificateCode = Definition.IndexOf(nameof(CertificatePilotRecord.CertificateCode));
    public static readonly int Level = Definition.IndexOf(nameof(CertificatePilotRecord.Level));
    public static readonly int StartYear = Definition.IndexOf(nameof(CertificatePilotRecord.StartYear));

    /// <summary>The entity properties the bulk insert writes, in the order of <see cref="ToStoredValues"/>.</summary>
    public static readonly IReadOnlyList<string> StoredProperties =
    [
        nameof(CertificatePilotRecord.Id), nameof(CertificatePilotRecord.SchoolId), nameof(CertificatePilotRecord.Year),
        nameof(CertificatePilotRecord.MajorCode), nameof(CertificatePilotRecord.CertificateCode), nameof(CertificatePilotRecord.Level),
        nameof(CertificatePilotRecord.StartYear),
    ];

    public static object?[] ToStoredValues(object schoolId, object year, FilingRow row) =>
    [
        Guid.CreateVersion7(), schoolId, year,
        Required(row.Text(MajorCode), nameof(CertificatePilotRecord.MajorCode)),
        Required(row.Text(CertificateCode), nameof(CertificatePilotRecord.CertificateCode)),
        CertificateLevels.Set.Parse(row.Text(Level), nameof(CertificatePilotRecord.Level)),
        checked((int)(row.Integer(StartYear) ?? throw Missing(nameof(CertificatePilotRecord.StartYear)))),
    ];

    public static object?[] ToColumnValues(CertificatePilotRecord p) =>
    [
        p.MajorCode, p.CertificateCode, CertificateLevels.Set.Code(p.Level), (long)p.StartYear,
    ];
}
