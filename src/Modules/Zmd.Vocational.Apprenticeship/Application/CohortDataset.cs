using Zmd.Vocational.Apprenticeship.Contracts;
using Zmd.Vocational.Apprenticeship.Domain;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.Filing.Contracts.ValidatedRow;
using static Zmd.Vocational.Apprenticeship.Data.ApprenticeshipModelBuilderExtensions;

namespace Zmd.Vocational.Apprenticeship.Application;

/// <summary>The apprenticeship cohorts (现代学徒制班级) as Filing sees them: columns, checks, and the mapping between a
/// filed row and a <see cref="CohortRecord"/>.</summary>
internal static class CohortDataset
{
    /// <summary>After teachers (10) and before students (30), whose cohort codes must name a filed cohort.</summary>
    public const int Order = 20;

    public static readonly DatasetDefinition Definition = new(
        ApprenticeshipDatasets.Cohorts,
        "现代学徒制班级",
        "Apprenticeship cohorts",
        Order,
        [
            new(nameof(CohortRecord.CohortCode), "班级代码", "Cohort code", ColumnType.Text, Required: true, MaxLength: CohortCodeLength,
                NoteZh: "本校自定的学徒制班级代码，在本文件中不得重复；在校生名册的“学徒制班级代码”须与之一致。"),
            new(nameof(CohortRecord.CohortName), "班级名称", "Cohort name", ColumnType.Text, Required: true, MaxLength: CohortNameLength),
            new(nameof(CohortRecord.MajorCode), "专业代码", "Major code", ColumnType.Code, Required: true, MaxLength: MajorCodeLength,
                OptionsSource: CodeLists.Majors, NoteZh: "《职业教育专业目录（2021年）》中的专业代码。"),
            new(nameof(CohortRecord.EnterpriseCreditCode), "合作企业统一社会信用代码", "Partner enterprise credit code", ColumnType.CreditCode,
                Required: true, MaxLength: CreditCodeLength, NoteZh: "18位统一社会信用代码（GB 32100-2015），末位为校验码。"),
            new(nameof(CohortRecord.EnterpriseName), "合作企业名称", "Partner enterprise name", ColumnType.Text, Required: true,
                MaxLength: EnterpriseNameLength, NoteZh: "与营业执照上的名称一致。"),
            new(nameof(CohortRecord.StartDate), "开始日期", "Start date", ColumnType.Date, Required: true, NoteZh: "格式为 2024-09-01。"),
            new(nameof(CohortRecord.EndDate), "结束日期", "End date", ColumnType.Date, Required: true, NoteZh: "须晚于开始日期。"),
            new(nameof(CohortRecord.SchoolMentors), "学校导师人数", "School mentors", ColumnType.Integer, Required: true, Min: 0, Max: 500,
                NoteZh: "实行双导师制：学校导师、企业导师均不少于1人。"),
            new(nameof(CohortRecord.EnterpriseMentors), "企业导师人数", "Enterprise mentors", ColumnType.Integer, Required: true, Min: 0, Max: 500,
                NoteZh: "企业选派的师傅（导师）人数，不少于1人。"),
            new(nameof(CohortRecord.AgreementSigned), "是否签订三方协议", "Three-party agreement signed", ColumnType.Boolean, Required: true,
                NoteZh: "学校、企业与学徒（未成年的含监护人）三方协议；填“是”或“否”。"),
        ],
        UniqueInFile: [nameof(CohortRecord.CohortCode)],
        DescriptionZh: "本学年在办的现代学徒制试点班级，每个班级一行。");

    // Column positions in the definition (and in FilingRow.Values and ReadAsync's arrays).
    public static readonly int CohortCode = Definition.IndexOf(nameof(CohortRecord.CohortCode));
    public static readonly int CohortName = Definition.IndexOf(nameof(CohortRecord.CohortName));
    public static readonly int MajorCode = Definition.IndexOf(nameof(CohortRecord.MajorCode));
    public static readonly int EnterpriseCreditCode = Definition.IndexOf(nameof(CohortRecord.EnterpriseCreditCode));
    public static readonly int EnterpriseName = Definition.IndexOf(nameof(CohortRecord.EnterpriseName));
    public static readonly int StartDate = Definition.IndexOf(nameof(CohortRecord.StartDate));
    public static readonly int EndDate = Definition.IndexOf(nameof(CohortRecord.EndDate));
    public static readonly int SchoolMentors = Definition.IndexOf(nameof(CohortRecord.SchoolMentors));
    public static readonly int EnterpriseMentors = Definition.IndexOf(nameof(CohortRecord.EnterpriseMentors));
    public static readonly int AgreementSigned = Definition.IndexOf(nameof(CohortRecord.AgreementSigned));

    /// <summary>The entity properties the bulk insert writes, in the order of <see cref="ToStoredValues"/>.</summary>
    public static readonly IReadOnlyList<string> StoredProperties =
    [
        nameof(CohortRecord.Id), nameof(CohortRecord.SchoolId), nameof(CohortRecord.Year),
        nameof(CohortRecord.CohortCode), nameof(CohortRecord.CohortName), nameof(CohortRecord.MajorCode),
        nameof(CohortRecord.EnterpriseCreditCode), nameof(CohortRecord.EnterpriseName), nameof(CohortRecord.StartDate),
        nameof(CohortRecord.EndDate), nameof(CohortRecord.SchoolMentors), nameof(CohortRecord.EnterpriseMentors),
        nameof(CohortRecord.AgreementSigned),
    ];

    public static object?[] ToStoredValues(object schoolId, object year, FilingRow row) =>
    [
        Guid.CreateVersion7(), schoolId, year,
        Required(row.Text(CohortCode), nameof(CohortRecord.CohortCode)),
        Required(row.Text(CohortName), nameof(CohortRecord.CohortName)),
        Required(row.Text(MajorCode), nameof(CohortRecord.MajorCode)),
        Required(row.Text(EnterpriseCreditCode), nameof(CohortRecord.EnterpriseCreditCode)),
        Required(row.Text(EnterpriseName), nameof(CohortRecord.EnterpriseName)),
        row.Date(StartDate) ?? throw Missing(nameof(CohortRecord.StartDate)),
        row.Date(EndDate) ?? throw Missing(nameof(CohortRecord.EndDate)),
        checked((int)(row.Integer(SchoolMentors) ?? throw Missing(nameof(CohortRecord.SchoolMentors)))),
        checked((int)(row.Integer(EnterpriseMentors) ?? throw Missing(nameof(CohortRecord.EnterpriseMentors)))),
        row.Boolean(AgreementSigned) ?? throw Missing(nameof(CohortRecord.AgreementSigned)),
    ];

    public static object?[] ToColumnValues(CohortRecord c) =>
    [
        c.CohortCode, c.CohortName, c.MajorCode, c.EnterpriseCreditCode, c.EnterpriseName, c.StartDate, c.EndDate,
        (long)c.SchoolMentors, (long)c.EnterpriseMentors, c.AgreementSigned,
    ];
}
