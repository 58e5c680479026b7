using Zmd.Vocational.Certificates.Contracts;
using Zmd.Vocational.Certificates.Domain;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.Filing.Contracts.ValidatedRow;
using static Zmd.Vocational.Certificates.Data.CertificatesModelBuilderExtensions;

namespace Zmd.Vocational.Certificates.Application;

/// <summary>The students' 1+X training and examination (1+X证书学生培训与考核) as Filing sees it: columns, code lists,
/// checks, and the mapping between a filed row and a <see cref="CertificateResultRecord"/>. No column is unique: a
/// student may train for several certificates, or for two levels of one.</summary>
internal static class ResultDataset
{
    /// <summary>The dataset whose student numbers a row's StudentNumber must match (owned by the Enrolment module).</summary>
    public const string StudentsDataset = "students";
    public const string StudentsKeyColumn = "StudentNumber";

    /// <summary>After the student roster (30) it references, and after the pilots.</summary>
    public const int Order = 70;

    public static readonly DatasetDefinition Definition = new(
        CertificatesDatasets.Results,
        "1+X证书学生培训与考核",
        "1+X certificate training and examination",
        Order,
        [
            new(nameof(CertificateResultRecord.StudentNumber), "学号", "Student number", ColumnType.Text, Required: true,
                MaxLength: StudentNumberLength, NoteZh: "须为本校本学年在校生名册中的学号。"),
            new(nameof(CertificateResultRecord.IdNumber), "身份证号", "Resident ID number", ColumnType.IdNumber, Required: true,
                MaxLength: IdNumberLength, NoteZh: "18位居民身份证号码，末位可为X。"),
            new(nameof(CertificateResultRecord.CertificateCode), "证书代码", "Certificate code", ColumnType.Code, Required: true,
                MaxLength: CodeLength, OptionsSource: CertificateCodeLists.Certificates,
                NoteZh: "市教育局维护的1+X证书目录中的证书代码，如 X-WEB。"),
            new(nameof(CertificateResultRecord.Level), "等级", "Level", ColumnType.Code, Required: true, Options: CertificateLevels.Set.Options),
            new(nameof(CertificateResultRecord.Trained), "是否参加培训", "Trained", ColumnType.Boolean, Required: true, NoteZh: "填“是”或“否”。"),
            new(nameof(CertificateResultRecord.Examined), "是否参加考核", "Examined", ColumnType.Boolean, Required: true, NoteZh: "填“是”或“否”。"),
            new(nameof(CertificateResultRecord.Passed), "是否取得证书", "Certified", ColumnType.Boolean, Required: true,
                NoteZh: "填“是”或“否”；取得证书的须已参加考核，并填写证书编号。"),
            new(nameof(CertificateResultRecord.CertificateNumber), "证书编号", "Certificate number", ColumnType.Text, Required: false,
                MaxLength: CertificateNumberLength, NoteZh: "取得证书的填写证书上的编号，未取得的留空。"),
        ],
        UniqueInFile: [],
        References: [new DatasetReference(nameof(CertificateResultRecord.StudentNumber), StudentsDataset, StudentsKeyColumn)],
        DescriptionZh: "本学年参加1+X证书培训或考核的学生，每名学生每个证书（等级）一行；一名学生可有多行。");

    public static readonly int StudentNumber = Definition.IndexOf(nameof(CertificateResultRecord.StudentNumber));
    public static readonly int IdNumber = Definition.IndexOf(nameof(CertificateResultRecord.IdNumber));
    public static readonly int CertificateCode = Definition.IndexOf(nameof(CertificateResultRecord.CertificateCode));
    public static readonly int Level = Definition.IndexOf(nameof(CertificateResultRecord.Level));
    public static readonly int Trained = Definition.IndexOf(nameof(CertificateResultRecord.Trained));
    public static readonly int Examined = Definition.IndexOf(nameof(CertificateResultRecord.Examined));
    public static readonly int Passed = Definition.IndexOf(nameof(CertificateResultRecord.Passed));
    public static readonly int CertificateNumber = Definition.IndexOf(nameof(CertificateResultRecord.CertificateNumber));

    /// <summary>The entity properties the bulk insert writes, in the order of <see cref="ToStoredValues"/>.</summary>
    public static readonly IReadOnlyList<string> StoredProperties =
    [
        nameof(CertificateResultRecord.Id), nameof(CertificateResultRecord.SchoolId), nameof(CertificateResultRecord.Year),
        nameof(CertificateResultRecord.StudentNumber), nameof(CertificateResultRecord.IdNumber), nameof(CertificateResultRecord.CertificateCode),
        nameof(CertificateResultRecord.Level), nameof(CertificateResultRecord.Trained), nameof(CertificateResultRecord.Examined),
        nameof(CertificateResultRecord.Passed), nameof(CertificateResultRecord.CertificateNumber),
    ];

    public static object?[] ToStoredValues(object schoolId, object year, FilingRow row) =>
    [
        Guid.CreateVersion7(), schoolId, year,
        Required(row.Text(StudentNumber), nameof(CertificateResultRecord.StudentNumber)),
        Required(row.Text(IdNumber), nameof(CertificateResultRecord.IdNumber)),
        Required(row.Text(CertificateCode), nameof(CertificateResultRecord.CertificateCode)),
        CertificateLevels.Set.Parse(row.Text(Level), nameof(CertificateResultRecord.Level)),
        row.Boolean(Trained) ?? throw Missing(nameof(CertificateResultRecord.Trained)),
        row.Boolean(Examined) ?? throw Missing(nameof(CertificateResultRecord.Examined)),
        row.Boolean(Passed) ?? throw Missing(nameof(CertificateResultRecord.Passed)),
        row.Text(CertificateNumber),
    ];

    public static object?[] ToColumnValues(CertificateResultRecord r) =>
    [
        r.StudentNumber, r.IdNumber, r.CertificateCode, CertificateLevels.Set.Code(r.Level), r.Trained, r.Examined, r.Passed,
        r.CertificateNumber,
    ];
}
