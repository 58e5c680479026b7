using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.College.Domain;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.College.Data.OutputModelBuilderExtensions;
using static Zmd.Vocational.Filing.Contracts.ValidatedRow;

namespace Zmd.Vocational.College.Application;

/// <summary>The college's master's studios (技能大师工作室) as Filing sees them: columns, code list, and the mapping between
/// a filed row and a <see cref="StudioRecord"/>.</summary>
internal static class StudioDataset
{
    public const int Order = 82;

    /// <summary>The earliest plausible year a studio was set up (the scheme began in the 2010s; older workshops that were
    /// later named studios still pass).</summary>
    public const int EarliestYear = 1950;

    public static readonly CodeSet<StudioLevel> Levels = new(
        (StudioLevel.National, StudioLevelCodes.National, "国家级"),
        (StudioLevel.Provincial, StudioLevelCodes.Provincial, "省级"),
        (StudioLevel.City, StudioLevelCodes.City, "市级"));

    public static readonly DatasetDefinition Definition = new(
        CollegeDatasets.Studios,
        "技能大师工作室",
        "Master's studios",
        Order,
        [
            new(nameof(StudioRecord.Name), "工作室名称", "Studio name", ColumnType.Text, Required: true, MaxLength: StudioNameLength,
                NoteZh: "如“张建国数控加工技能大师工作室”，在本文件中不得重复。"),
            new(nameof(StudioRecord.Master), "领衔大师", "Leading master", ColumnType.Text, Required: true, MaxLength: MasterLength),
            new(nameof(StudioRecord.Field), "领域/专业", "Field or major", ColumnType.Text, Required: true, MaxLength: FieldLength,
                NoteZh: "工作室的技能领域或对应专业，如“数控加工”。"),
            new(nameof(StudioRecord.Level), "级别", "Level", ColumnType.Code, Required: true, Options: Levels.Options,
                NoteZh: "按命名部门：国家级、省级或市级。"),
            new(nameof(StudioRecord.Established), "设立年份", "Year established", ColumnType.Integer, Required: true, Min: EarliestYear, Max: 2100,
                NoteZh: "四位年份，不得晚于本学年（如2026—2027学年填报时不晚于2027年）。"),
        ],
        UniqueInFile: [nameof(StudioRecord.Name)],
        DescriptionZh: "仅技师学院填报。本学年在运行的全部技能大师工作室（含往年设立的），每个工作室一行。",
        SchoolTypes: OutputDataset.SchoolTypes);

    // Column positions in the definition (and in FilingRow.Values and ReadAsync's arrays).
    public static readonly int Name = Definition.IndexOf(nameof(StudioRecord.Name));
    public static readonly int Master = Definition.IndexOf(nameof(StudioRecord.Master));
    public static readonly int Field = Definition.IndexOf(nameof(StudioRecord.Field));
    public static readonly int Level = Definition.IndexOf(nameof(StudioRecord.Level));
    public static readonly int Established = Definition.IndexOf(nameof(StudioRecord.Established));

    /// <summary>The entity properties the bulk insert writes, in the order of <see cref="ToStoredValues"/>.</summary>
    public static readonly IReadOnlyList<string> StoredProperties =
    [
        nameof(StudioRecord.Id), nameof(StudioRecord.SchoolId), nameof(StudioRecord.Year),
        nameof(StudioRecord.Name), nameof(StudioRecord.Master), nameof(StudioRecord.Field), nameof(StudioRecord.Level),
        nameof(StudioRecord.Established),
    ];

    public static object?[] ToStoredValues(object schoolId, object year, FilingRow row) =>
    [
        Guid.CreateVersion7(), schoolId, year,
        Required(row.Text(Name), nameof(StudioRecord.Name)),
        Required(row.Text(Master), nameof(StudioRecord.Master)),
        Required(row.Text(Field), nameof(StudioRecord.Field)),
        Levels.Parse(row.Text(Level), nameof(StudioRecord.Level)),
        checked((int)(row.Integer(Established) ?? throw Missing(nameof(StudioRecord.Established)))),
    ];

    public static object?[] ToColumnValues(StudioRecord s) =>
    [
        s.Name, s.Master, s.Field, Levels.Code(s.Level), (long)s.Established,
    ];
}
