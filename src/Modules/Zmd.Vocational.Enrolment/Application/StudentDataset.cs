using Zmd.Vocational.Enrolment.Contracts;
using Zmd.Vocational.Enrolment.Domain;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.Enrolment.Data.EnrolmentModelBuilderExtensions;

namespace Zmd.Vocational.Enrolment.Application;

/// <summary>The student roster (在校生名册) as Filing sees it: its columns, code lists and checks, and the mapping
/// between a filed row and a <see cref="StudentRecord"/>.</summary>
internal static class StudentDataset
{
    /// <summary>The dataset whose cohort codes a student's CohortCode must match (owned by the Apprenticeship module).</summary>
    public const string CohortsDataset = "apprenticeship-cohorts";
    public const string CohortsKeyColumn = "CohortCode";

    /// <summary>Teachers come first (10), apprenticeship cohorts before students (a student names a filed cohort).</summary>
    public const int Order = 30;

    public static readonly CodeSet<Gender> Genders = new(
        (Gender.Male, "M", "男"),
        (Gender.Female, "F", "女"));

    public static readonly CodeSet<StudyLevel> Levels = new(
        (StudyLevel.Secondary, StudentLevelCodes.Secondary, "中职"),
        (StudyLevel.Associate, StudentLevelCodes.Associate, "高职专科"),
        (StudyLevel.Bachelor, StudentLevelCodes.Bachelor, "职业本科"),
        (StudyLevel.Intermediate, StudentLevelCodes.Intermediate, "中级工"),
        (StudyLevel.Advanced, StudentLevelCodes.Advanced, "高级工"),
        (StudyLevel.PreTechnician, StudentLevelCodes.PreTechnician, "预备技师"),
        (StudyLevel.Technician, StudentLevelCodes.Technician, "技师"));

    public static readonly CodeSet<StudentStatus> Statuses = new(
        (StudentStatus.InSchool, StudentStatusCodes.InSchool, "在籍"),
        (StudentStatus.Suspended, StudentStatusCodes.Suspended, "休学"),
        (StudentStatus.Graduated, StudentStatusCodes.Graduated, "毕业"),
        (StudentStatus.Withdrawn, StudentStatusCodes.Withdrawn, "退学"),
        (StudentStatus.TransferredOut, StudentStatusCodes.TransferredOut, "转出"));

    public static readonly DatasetDefinition Definition = new(
        EnrolmentDatasets.Students,
        "在校生名册",
        "Student roster",
        Order,
        [
            new(nameof(StudentRecord.StudentNumber), "学号", "Student number", ColumnType.Text, Required: true, MaxLength: StudentNumberLength,
                NoteZh: "本校学号，在本文件中不得重复。"),
            new(nameof(StudentRecord.Name), "姓名", "Name", ColumnType.Text, Required: true, MaxLength: NameLength),
            new(nameof(StudentRecord.IdNumber), "身份证号", "Resident ID number", ColumnType.IdNumber, Required: true, MaxLength: IdNumberLength,
                NoteZh: "18位居民身份证号码，末位可为X。同一名学生同一学年只应由一所学校填报。"),
            new(nameof(StudentRecord.Gender), "性别", "Gender", ColumnType.Code, Required: true, Options: Genders.Options,
                NoteZh: "须与身份证号码第17位一致（奇数为男，偶数为女）。"),
            new(nameof(StudentRecord.BirthDate), "出生日期", "Birth date", ColumnType.Date, Required: true,
                NoteZh: "格式为 2008-05-01，须与身份证号码中的出生日期一致。", RevealsIdNumber: true),
            new(nameof(StudentRecord.MajorCode), "专业代码", "Major code", ColumnType.Code, Required: true, MaxLength: MajorCodeLength,
                OptionsSource: CodeLists.Majors, NoteZh: "《职业教育专业目录（2021年）》中的专业代码。"),
            new(nameof(StudentRecord.Level), "培养层次", "Level", ColumnType.Code, Required: true, Options: Levels.Options),
            new(nameof(StudentRecord.EntryYear), "入学年份", "Entry year", ColumnType.Integer, Required: true, Min: 2000, Max: 2100,
                NoteZh: "四位年份，不晚于本学年，不早于出生后第10年。"),
            new(nameof(StudentRecord.Status), "学籍状态", "Status", ColumnType.Code, Required: true, Options: Statuses.Options),
            new(nameof(StudentRecord.CohortCode), "学徒制班级代码", "Apprenticeship cohort code", ColumnType.Text, Required: false,
                MaxLength: CohortCodeLength, NoteZh: "参加现代学徒制的学生填写，须为本校本学年已填报的学徒制班级代码。"),
        ],
        UniqueInFile: [nameof(StudentRecord.StudentNumber), nameof(StudentRecord.IdNumber)],
        UniqueAcrossSchools: nameof(StudentRecord.IdNumber),
        References: [new DatasetReference(nameof(StudentRecord.CohortCode), CohortsDataset, CohortsKeyColumn)],
        DescriptionZh: "本学年在本校注册学籍的全部学生，每名学生一行。");

    // Column positions in the definition (and in FilingRow.Values and ReadAsync's arrays).
    public static readonly int StudentNumber = Definition.IndexOf(nameof(StudentRecord.StudentNumber));
    public static readonly int Name = Definition.IndexOf(nameof(StudentRecord.Name));
    public static readonly int IdNumber = Definition.IndexOf(nameof(StudentRecord.IdNumber));
    public static readonly int GenderColumn = Definition.IndexOf(nameof(StudentRecord.Gender));
    public static readonly int BirthDate = Definition.IndexOf(nameof(StudentRecord.BirthDate));
    public static readonly int MajorCode = Definition.IndexOf(nameof(StudentRecord.MajorCode));
    public static readonly int Level = Definition.IndexOf(nameof(StudentRecord.Level));
    public static readonly int EntryYear = Definition.IndexOf(nameof(StudentRecord.EntryYear));
    public static readonly int Status = Definition.IndexOf(nameof(StudentRecord.Status));
    public static readonly int CohortCode = Definition.IndexOf(nameof(StudentRecord.CohortCode));

    /// <summary>The entity properties the bulk insert writes, in the order of <see cref="ToStoredValues"/>.</summary>
    public static readonly IReadOnlyList<string> StoredProperties =
    [
        nameof(StudentRecord.Id), nameof(StudentRecord.SchoolId), nameof(StudentRecord.Year),
        nameof(StudentRecord.StudentNumber), nameof(StudentRecord.Name), nameof(StudentRecord.IdNumber), nameof(StudentRecord.Gender),
        nameof(StudentRecord.BirthDate), nameof(StudentRecord.MajorCode), nameof(StudentRecord.Level), nameof(StudentRecord.EntryYear),
        nameof(StudentRecord.Status), nameof(StudentRecord.CohortCode),
    ];

    /// <summary>A validated row as the entity would hold it (enums, DateOnly, int), with a new id. The boxed school id and
    /// year are shared by all rows of an upload.</summary>
    public static object?[] ToStoredValues(object schoolId, object year, FilingRow row) =>
    [
        Guid.CreateVersion7(), schoolId, year,
        Required(row.Text(StudentNumber), nameof(StudentRecord.StudentNumber)),
        Required(row.Text(Name), nameof(StudentRecord.Name)),
        Required(row.Text(IdNumber), nameof(StudentRecord.IdNumber)),
        Genders.Parse(row.Text(GenderColumn), nameof(StudentRecord.Gender)),
        row.Date(BirthDate) ?? throw Missing(nameof(StudentRecord.BirthDate)),
        Required(row.Text(MajorCode), nameof(StudentRecord.MajorCode)),
        Levels.Parse(row.Text(Level), nameof(StudentRecord.Level)),
        checked((int)(row.Integer(EntryYear) ?? throw Missing(nameof(StudentRecord.EntryYear)))),
        Statuses.Parse(row.Text(Status), nameof(StudentRecord.Status)),
        row.Text(CohortCode),
    ];

    /// <summary>A stored row in column order, typed as Filing converts cells (Integer as long), codes as stored codes.</summary>
    public static object?[] ToColumnValues(StudentRecord s) =>
    [
        s.StudentNumber, s.Name, s.IdNumber, Genders.Code(s.Gender), s.BirthDate, s.MajorCode, Levels.Code(s.Level), (long)s.EntryYear,
        Statuses.Code(s.Status), s.CohortCode,
    ];

    private static string Required(string? value, string column) => value ?? throw Missing(column);

    private static InvalidOperationException Missing(string column) =>
        new($"Column {column} is required but the validated row has no value.");
}
