using Zmd.Vocational.Apprenticeship.Contracts;
using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.College.Domain;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.College.Data.OutputModelBuilderExtensions;
using static Zmd.Vocational.Filing.Contracts.ValidatedRow;

namespace Zmd.Vocational.College.Application;

/// <summary>The college's internships with enterprises (企业实习安排) as Filing sees them: columns, code list, the reference
/// to the college's partner enterprises, and the mapping between a filed row and an <see cref="InternshipRecord"/>.</summary>
internal static class InternshipDataset
{
    /// <summary>After the partner enterprises (40), whose credit codes the internships must name.</summary>
    public const int Order = 81;

    public static readonly CodeSet<InternshipKind> Kinds = new(
        (InternshipKind.Professional, nameof(InternshipKind.Professional), "专业实习"),
        (InternshipKind.Placement, nameof(InternshipKind.Placement), "顶岗实习"));

    public static readonly DatasetDefinition Definition = new(
        CollegeDatasets.Internships,
        "企业实习安排",
        "Internships with enterprises",
        Order,
        [
            new(nameof(InternshipRecord.EnterpriseCreditCode), "统一社会信用代码", "Unified social credit code", ColumnType.CreditCode, Required: true,
                MaxLength: CreditCodeLength,
                NoteZh: "18位统一社会信用代码（GB 32100-2015）；须为本院本学年“合作企业”中已填报的企业，请先上传合作企业。"),
            new(nameof(InternshipRecord.EnterpriseName), "企业名称", "Enterprise name", ColumnType.Text, Required: true, MaxLength: EnterpriseNameLength,
                NoteZh: "与营业执照上的名称一致。"),
            new(nameof(InternshipRecord.Backbone), "是否市骨干企业", "City backbone enterprise", ColumnType.Boolean, Required: true,
                NoteZh: "企业是否列入驻马店市骨干企业名单；填“是”或“否”。为市骨干企业提供的实习人次计入规划目标（每年不少于1000人次）。"),
            new(nameof(InternshipRecord.Kind), "实习类型", "Kind of internship", ColumnType.Code, Required: true, Options: Kinds.Options),
            new(nameof(InternshipRecord.MajorCode), "专业代码", "Major code", ColumnType.Code, Required: true, MaxLength: MajorCodeLength,
                OptionsSource: CodeLists.Majors, NoteZh: "实习学生所学专业，《职业教育专业目录（2021年）》中的专业代码。"),
            new(nameof(InternshipRecord.PersonTimes), "实习人次", "Person-times", ColumnType.Integer, Required: true, Min: 1, Max: 100_000,
                NoteZh: "本学年安排到该企业的实习人次，同一学生实习两次计两人次；至少为1。"),
        ],
        UniqueInFile: [],
        References: [new DatasetReference(nameof(InternshipRecord.EnterpriseCreditCode), ApprenticeshipDatasets.PartnerEnterprises,
            ApprenticeshipDatasets.PartnerKeyColumn)],
        DescriptionZh: "仅技师学院填报。本学年安排学生到企业实习的情况，同一企业、实习类型和专业的组合一行。",
        SchoolTypes: OutputDataset.SchoolTypes,
        UniqueTogetherInFile: [nameof(InternshipRecord.EnterpriseCreditCode), nameof(InternshipRecord.Kind), nameof(InternshipRecord.MajorCode)]);

    // Column positions in the definition (and in FilingRow.Values and ReadAsync's arrays).
    public static readonly int EnterpriseCreditCode = Definition.IndexOf(nameof(InternshipRecord.EnterpriseCreditCode));
    public static readonly int EnterpriseName = Definition.IndexOf(nameof(InternshipRecord.EnterpriseName));
    public static readonly int Backbone = Definition.IndexOf(nameof(InternshipRecord.Backbone));
    public static readonly int Kind = Definition.IndexOf(nameof(InternshipRecord.Kind));
    public static readonly int MajorCode = Definition.IndexOf(nameof(InternshipRecord.MajorCode));
    public static readonly int PersonTimes = Definition.IndexOf(nameof(InternshipRecord.PersonTimes));

    /// <summary>The entity properties the bulk insert writes, in the order of <see cref="ToStoredValues"/>.</summary>
    public static readonly IReadOnlyList<string> StoredProperties =
    [
        nameof(InternshipRecord.Id), nameof(InternshipRecord.SchoolId), nameof(InternshipRecord.Year),
        nameof(InternshipRecord.EnterpriseCreditCode), nameof(InternshipRecord.EnterpriseName), nameof(InternshipRecord.Backbone),
        nameof(InternshipRecord.Kind), nameof(InternshipRecord.MajorCode), nameof(InternshipRecord.PersonTimes),
    ];

    public static object?[] ToStoredValues(object schoolId, object year, FilingRow row) =>
    [
        Guid.CreateVersion7(), schoolId, year,
        Required(row.Text(EnterpriseCreditCode), nameof(InternshipRecord.EnterpriseCreditCode)),
        Required(row.Text(EnterpriseName), nameof(InternshipRecord.EnterpriseName)),
        row.Boolean(Backbone) ?? throw Missing(nameof(InternshipRecord.Backbone)),
        Kinds.Parse(row.Text(Kind), nameof(InternshipRecord.Kind)),
        Required(row.Text(MajorCode), nameof(InternshipRecord.MajorCode)),
        checked((int)(row.Integer(PersonTimes) ?? throw Missing(nameof(InternshipRecord.PersonTimes)))),
    ];

    public static object?[] ToColumnValues(InternshipRecord i) =>
    [
        i.EnterpriseCreditCode, i.EnterpriseName, i.Backbone, Kinds.Code(i.Kind), i.MajorCode, (long)i.PersonTimes,
    ];
}
