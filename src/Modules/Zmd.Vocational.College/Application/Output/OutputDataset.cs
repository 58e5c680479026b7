using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.College.Domain;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.College.Application;

/// <summary>The college's output by skill level (技师学院培养培训成果) as Filing sees it: columns, code list, and the mapping
/// between a filed row and a <see cref="TrainingOutputRecord"/>.</summary>
internal static class OutputDataset
{
    /// <summary>After every school's datasets; the college's own three follow each other.</summary>
    public const int Order = 80;

    /// <summary>The largest figure of a cell: far above any college's, low enough to catch a mistyped number.</summary>
    private const int MaxFigure = 1_000_000;

    /// <summary>Filed by the technician college only (技师学院设置标准 and 专栏6 concern it alone).</summary>
    public static readonly IReadOnlyList<SchoolType> SchoolTypes = [SchoolType.TechnicianCollege];

    public static readonly CodeSet<SkillLevel> Levels = new(
        (SkillLevel.Intermediate, SkillLevelCodes.Intermediate, "中级工"),
        (SkillLevel.Advanced, SkillLevelCodes.Advanced, "高级工"),
        (SkillLevel.PreTechnician, SkillLevelCodes.PreTechnician, "预备技师"),
        (SkillLevel.Technician, SkillLevelCodes.Technician, "技师"));

    public static readonly DatasetDefinition Definition = new(
        CollegeDatasets.Output,
        "技师学院培养培训成果",
        "Technician college training output",
        Order,
        [
            new(nameof(TrainingOutputRecord.Level), "技能等级", "Skill level", ColumnType.Code, Required: true, Options: Levels.Options,
                NoteZh: "中级工、高级工、预备技师、技师，每个等级一行，在本文件中不得重复；某等级没有数据的可不填该行。"),
            new(nameof(TrainingOutputRecord.Graduates), "毕业生人数", "Graduates", ColumnType.Integer, Required: true, Min: 0, Max: MaxFigure,
                NoteZh: "本学年以该等级毕业的学生人数。"),
            new(nameof(TrainingOutputRecord.Certified), "取得技能等级证书人数", "Certified", ColumnType.Integer, Required: true, Min: 0, Max: MaxFigure,
                NoteZh: "本学年经本院技能评价取得该等级职业技能等级证书的人数（含在校生、毕业生和社会人员），不多于技能评价人次。"),
            new(nameof(TrainingOutputRecord.SocialTraining), "社会培训人次", "Social training person-times", ColumnType.Integer, Required: true,
                Min: 0, Max: MaxFigure, NoteZh: "本学年面向社会开展的该等级培训人次，同一人参加多期的按多人次计。"),
            new(nameof(TrainingOutputRecord.Assessments), "技能评价人次", "Skill assessments", ColumnType.Integer, Required: true, Min: 0,
                Max: MaxFigure, NoteZh: "本学年本院组织的该等级职业技能等级认定（技能评价）人次，含未通过的。"),
        ],
        UniqueInFile: [nameof(TrainingOutputRecord.Level)],
        DescriptionZh: "仅技师学院填报。本学年按技能等级统计的毕业生、取得技能等级证书人数、社会培训人次和技能评价人次，每个等级一行。",
        SchoolTypes: SchoolTypes);

    // Column positions in the definition (and in FilingRow.Values and ReadAsync's arrays).
    public static readonly int Level = Definition.IndexOf(nameof(TrainingOutputRecord.Level));
    public static readonly int Graduates = Definition.IndexOf(nameof(TrainingOutputRecord.Graduates));
    public static readonly int Certified = Definition.IndexOf(nameof(TrainingOutputRecord.Certified));
    public static readonly int SocialTraining = Definition.IndexOf(nameof(TrainingOutputRecord.SocialTraining));
    public static readonly int Assessments = Definition.IndexOf(nameof(TrainingOutputRecord.Assessments));

    /// <summary>The entity properties the bulk insert writes, in the order of <see cref="ToStoredValues"/>.</summary>
    public static readonly IReadOnlyList<string> StoredProperties =
    [
        nameof(TrainingOutputRecord.Id), nameof(TrainingOutputRecord.SchoolId), nameof(TrainingOutputRecord.Year),
        nameof(TrainingOutputRecord.Level), nameof(TrainingOutputRecord.Graduates), nameof(TrainingOutputRecord.Certified),
        nameof(TrainingOutputRecord.SocialTraining), nameof(TrainingOutputRecord.Assessments),
    ];

    public static object?[] ToStoredValues(object schoolId, object year, FilingRow row) =>
    [
        Guid.CreateVersion7(), schoolId, year,
        Levels.Parse(row.Text(Level), nameof(TrainingOutputRecord.Level)),
        Count(row, Graduates, nameof(TrainingOutputRecord.Graduates)),
        Count(row, Certified, nameof(TrainingOutputRecord.Certified)),
        Count(row, SocialTraining, nameof(TrainingOutputRecord.SocialTraining)),
        Count(row, Assessments, nameof(TrainingOutputRecord.Assessments)),
    ];

    public static object?[] ToColumnValues(TrainingOutputRecord o) =>
    [
        Levels.Code(o.Level), (long)o.Graduates, (long)o.Certified, (long)o.SocialTraining, (long)o.Assessments,
    ];

    private static int Count(FilingRow row, int column, string key) =>
        checked((int)(row.Integer(column) ?? throw ValidatedRow.Missing(key)));
}
