using Zmd.Vocational.Apprenticeship.Contracts;
using Zmd.Vocational.Apprenticeship.Domain;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.Filing.Contracts.ValidatedRow;
using static Zmd.Vocational.Apprenticeship.Data.ApprenticeshipModelBuilderExtensions;

namespace Zmd.Vocational.Apprenticeship.Application;

/// <summary>The partner enterprises (合作企业) as Filing sees them: columns, code list, and the mapping between a filed
/// row and a <see cref="PartnerEnterpriseRecord"/>.</summary>
internal static class PartnerEnterpriseDataset
{
    /// <summary>After the rosters: nothing references partner enterprises.</summary>
    public const int Order = 40;

    public static readonly CodeSet<CooperationKind> Kinds = new(
        (CooperationKind.OrderTraining, nameof(CooperationKind.OrderTraining), "订单培养"),
        (CooperationKind.SharedBase, nameof(CooperationKind.SharedBase), "共建实训基地"),
        (CooperationKind.Apprenticeship, nameof(CooperationKind.Apprenticeship), "现代学徒制"),
        (CooperationKind.Internship, nameof(CooperationKind.Internship), "顶岗实习"),
        (CooperationKind.IndustryCollege, nameof(CooperationKind.IndustryCollege), "产业学院"),
        (CooperationKind.TechService, nameof(CooperationKind.TechService), "技术服务"),
        (CooperationKind.Other, nameof(CooperationKind.Other), "其他"));

    public static readonly DatasetDefinition Definition = new(
        ApprenticeshipDatasets.PartnerEnterprises,
        "合作企业",
        "Partner enterprises",
        Order,
        [
            new(nameof(PartnerEnterpriseRecord.CreditCode), "统一社会信用代码", "Unified social credit code", ColumnType.CreditCode, Required: true,
                MaxLength: CreditCodeLength, NoteZh: "18位统一社会信用代码（GB 32100-2015），末位为校验码；在本文件中不得重复。"),
            new(nameof(PartnerEnterpriseRecord.Name), "企业名称", "Enterprise name", ColumnType.Text, Required: true, MaxLength: EnterpriseNameLength,
                NoteZh: "与营业执照上的名称一致。"),
            new(nameof(PartnerEnterpriseRecord.AboveDesignatedSize), "是否规模以上企业", "Above designated size", ColumnType.Boolean, Required: true,
                NoteZh: "按统计部门的“规模以上”标准（如工业企业年主营业务收入2000万元及以上）；填“是”或“否”。"),
            new(nameof(PartnerEnterpriseRecord.CooperationKind), "合作方式", "Kind of cooperation", ColumnType.Code, Required: true,
                Options: Kinds.Options, NoteZh: "有多种合作方式的，填主要的一种。"),
            new(nameof(PartnerEnterpriseRecord.Since), "合作开始年份", "Cooperating since", ColumnType.Integer, Required: false, Min: 1980, Max: 2100,
                NoteZh: "四位年份，不清楚的可留空。"),
        ],
        UniqueInFile: [nameof(PartnerEnterpriseRecord.CreditCode)],
        DescriptionZh: "本学年与本校开展合作的企业，每家企业一行。");

    public static readonly int CreditCode = Definition.IndexOf(nameof(PartnerEnterpriseRecord.CreditCode));
    public static readonly int Name = Definition.IndexOf(nameof(PartnerEnterpriseRecord.Name));
    public static readonly int AboveDesignatedSize = Definition.IndexOf(nameof(PartnerEnterpriseRecord.AboveDesignatedSize));
    public static readonly int CooperationKindColumn = Definition.IndexOf(nameof(PartnerEnterpriseRecord.CooperationKind));
    public static readonly int Since = Definition.IndexOf(nameof(PartnerEnterpriseRecord.Since));

    /// <summary>The entity properties the bulk insert writes, in the order of <see cref="ToStoredValues"/>.</summary>
    public static readonly IReadOnlyList<string> StoredProperties =
    [
        nameof(PartnerEnterpriseRecord.Id), nameof(PartnerEnterpriseRecord.SchoolId), nameof(PartnerEnterpriseRecord.Year),
        nameof(PartnerEnterpriseRecord.CreditCode), nameof(PartnerEnterpriseRecord.Name), nameof(PartnerEnterpriseRecord.AboveDesignatedSize),
        nameof(PartnerEnterpriseRecord.CooperationKind), nameof(PartnerEnterpriseRecord.Since),
    ];

    public static object?[] ToStoredValues(object schoolId, object year, FilingRow row) =>
    [
        Guid.CreateVersion7(), schoolId, year,
        Required(row.Text(CreditCode), nameof(PartnerEnterpriseRecord.CreditCode)),
        Required(row.Text(Name), nameof(PartnerEnterpriseRecord.Name)),
        row.Boolean(AboveDesignatedSize) ?? throw Missing(nameof(PartnerEnterpriseRecord.AboveDesignatedSize)),
        Kinds.Parse(row.Text(CooperationKindColumn), nameof(PartnerEnterpriseRecord.CooperationKind)),
        row.Integer(Since) is { } since ? checked((int)since) : null,
    ];

    public static object?[] ToColumnValues(PartnerEnterpriseRecord e) =>
    [
        e.CreditCode, e.Name, e.AboveDesignatedSize, Kinds.Code(e.CooperationKind), (long?)e.Since,
    ];
}
