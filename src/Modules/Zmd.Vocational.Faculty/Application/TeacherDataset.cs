using Zmd.Vocational.Faculty.Contracts;
using Zmd.Vocational.Faculty.Domain;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.Faculty.Data.FacultyModelBuilderExtensions;

namespace Zmd.Vocational.Faculty.Application;

/// <summary>The teacher roster (教师名册) as Filing sees it: its columns, code lists and checks, and the mapping
/// between a filed row and a <see cref="TeacherRecord"/>.</summary>
internal static class TeacherDataset
{
    /// <summary>Teachers reference no other dataset, so they come first.</summary>
    public const int Order = 10;

    public static readonly CodeSet<TeacherKind> Kinds = new(
        (TeacherKind.FullTime, nameof(TeacherKind.FullTime), "专任"),
        (TeacherKind.PartTime, nameof(TeacherKind.PartTime), "兼职"),
        (TeacherKind.External, nameof(TeacherKind.External), "外聘"));

    public static readonly CodeSet<DualLevel> DualLevels = new(
        (DualLevel.None, nameof(DualLevel.None), "无"),
        (DualLevel.Junior, nameof(DualLevel.Junior), "初级"),
        (DualLevel.Intermediate, nameof(DualLevel.Intermediate), "中级"),
        (DualLevel.Senior, nameof(DualLevel.Senior), "高级"));

    public static readonly CodeSet<ProfessionalTitle> Titles = new(
        (ProfessionalTitle.Professor, nameof(ProfessionalTitle.Professor), "正高级"),
        (ProfessionalTitle.AssociateProfessor, nameof(ProfessionalTitle.AssociateProfessor), "副高级"),
        (ProfessionalTitle.Intermediate, nameof(ProfessionalTitle.Intermediate), "中级"),
        (ProfessionalTitle.Junior, nameof(ProfessionalTitle.Junior), "初级"),
        (ProfessionalTitle.None, nameof(ProfessionalTitle.None), "未定级"));

    public static readonly DatasetDefinition Definition = new(
        FacultyDatasets.Teachers,
        "教师名册",
        "Teacher roster",
        Order,
        [
            new(nameof(TeacherRecord.StaffNumber), "工号", "Staff number", ColumnType.Text, Required: true, MaxLength: StaffNumberLength,
                NoteZh: "本校工号，在本文件中不得重复；外聘、兼职教师可由学校自行编号。"),
            new(nameof(TeacherRecord.Name), "姓名", "Name", ColumnType.Text, Required: true, MaxLength: NameLength),
            new(nameof(TeacherRecord.IdNumber), "身份证号", "Resident ID number", ColumnType.IdNumber, Required: true, MaxLength: IdNumberLength,
                NoteZh: "18位居民身份证号码，末位可为X。"),
            new(nameof(TeacherRecord.Kind), "教师类别", "Kind", ColumnType.Code, Required: true, Options: Kinds.Options),
            new(nameof(TeacherRecord.IsProfessional), "是否专业课教师", "Professional-course teacher", ColumnType.Boolean, Required: true,
                NoteZh: "填“是”或“否”。"),
            new(nameof(TeacherRecord.DualLevel), "双师型等级", "Dual-qualified level", ColumnType.Code, Required: true, Options: DualLevels.Options,
                NoteZh: "按2022年国家双师型教师认定标准；初级、中级、高级须为专业课教师，并填写认定年份。"),
            new(nameof(TeacherRecord.DualYear), "双师认定年份", "Year recognised as dual-qualified", ColumnType.Integer, Required: false,
                Min: 2000, Max: 2100, NoteZh: "四位年份；双师型等级为“无”时留空。"),
            new(nameof(TeacherRecord.Title), "职称", "Professional title", ColumnType.Code, Required: true, Options: Titles.Options),
            new(nameof(TeacherRecord.PracticeDays), "企业实践天数", "Days of enterprise practice", ColumnType.Integer, Required: true,
                Min: 0, Max: 366, NoteZh: "本学年到企业实践的天数，没有填0。"),
        ],
        UniqueInFile: [nameof(TeacherRecord.StaffNumber), nameof(TeacherRecord.IdNumber)],
        DescriptionZh: "本学年在本校任教的全部教师（专任、兼职、外聘），每名教师一行。");

    // Column positions in the definition (and in FilingRow.Values and ReadAsync's arrays).
    public static readonly int StaffNumber = Definition.IndexOf(nameof(TeacherRecord.StaffNumber));
    public static readonly int Name = Definition.IndexOf(nameof(TeacherRecord.Name));
    public static readonly int IdNumber = Definition.IndexOf(nameof(TeacherRecord.IdNumber));
    public static readonly int Kind = Definition.IndexOf(nameof(TeacherRecord.Kind));
    public static readonly int IsProfessional = Definition.IndexOf(nameof(TeacherRecord.IsProfessional));
    public static readonly int DualLevelColumn = Definition.IndexOf(nameof(TeacherRecord.DualLevel));
    public static readonly int DualYear = Definition.IndexOf(nameof(TeacherRecord.DualYear));
    public static readonly int Title = Definition.IndexOf(nameof(TeacherRecord.Title));
    public static readonly int PracticeDays = Definition.IndexOf(nameof(TeacherRecord.PracticeDays));

    /// <summary>The entity properties the bulk insert writes, in the order of <see cref="ToStoredValues"/>.</summary>
    public static readonly IReadOnlyList<string> StoredProperties =
    [
        nameof(TeacherRecord.Id), nameof(TeacherRecord.SchoolId), nameof(TeacherRecord.Year),
        nameof(TeacherRecord.StaffNumber), nameof(TeacherRecord.Name), nameof(TeacherRecord.IdNumber), nameof(TeacherRecord.Kind),
        nameof(TeacherRecord.IsProfessional), nameof(TeacherRecord.DualLevel), nameof(TeacherRecord.DualYear), nameof(TeacherRecord.Title),
        nameof(TeacherRecord.PracticeDays),
    ];

    /// <summary>A validated row as the entity would hold it (enums, bool, int), with a new id. The boxed school id and year
    /// are shared by all rows of an upload.</summary>
    public static object?[] ToStoredValues(object schoolId, object year, FilingRow row) =>
    [
        Guid.CreateVersion7(), schoolId, year,
        Required(row.Text(StaffNumber), nameof(TeacherRecord.StaffNumber)),
        Required(row.Text(Name), nameof(TeacherRecord.Name)),
        Required(row.Text(IdNumber), nameof(TeacherRecord.IdNumber)),
        Kinds.Parse(row.Text(Kind), nameof(TeacherRecord.Kind)),
        row.Boolean(IsProfessional) ?? throw Missing(nameof(TeacherRecord.IsProfessional)),
        DualLevels.Parse(row.Text(DualLevelColumn), nameof(TeacherRecord.DualLevel)),
        row.Integer(DualYear) is { } dualYear ? checked((int)dualYear) : null,
        Titles.Parse(row.Text(Title), nameof(TeacherRecord.Title)),
        checked((int)(row.Integer(PracticeDays) ?? throw Missing(nameof(TeacherRecord.PracticeDays)))),
    ];

    /// <summary>A stored row in column order, typed as Filing converts cells (Integer as long), codes as stored codes.</summary>
    public static object?[] ToColumnValues(TeacherRecord t) =>
    [
        t.StaffNumber, t.Name, t.IdNumber, Kinds.Code(t.Kind), t.IsProfessional, DualLevels.Code(t.DualLevel), (long?)t.DualYear,
        Titles.Code(t.Title), (long)t.PracticeDays,
    ];

    private static string Required(string? value, string column) => value ?? throw Missing(column);

    private static InvalidOperationException Missing(string column) =>
        new($"Column {column} is required but the validated row has no value.");
}
