using System.Text;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Filing.Intake;

namespace Zmd.Vocational.FilingTests;

/// <summary>Valid identifiers computed here (ISO 7064 MOD 11-2, GB 32100 weights), the test dataset and its code lists.</summary>
internal static class TestData
{
    public const string Students = "students";
    public const string Cohorts = "cohorts";

    static TestData() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    /// <summary>An 18-character resident ID number born 2008-09-15 with sequence <paramref name="n"/> (0..999).</summary>
    public static string Id(int n, string birth = "20080915") => CompleteId("411702" + birth + n.ToString("D3", System.Globalization.CultureInfo.InvariantCulture));

    public static string CompleteId(string first17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }

    public static string CreditCode(string first17 = "91411700MA3X4B5C6")
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var sum = 0;
        var weight = 1;
        foreach (var c in first17)
        {
            sum += alphabet.IndexOf(c, StringComparison.Ordinal) * weight;
            weight = weight * 3 % 31;
        }

        return first17 + alphabet[(31 - (sum % 31)) % 31];
    }

    public static readonly IReadOnlyList<CodeOption> Genders = [new("M", "男"), new("F", "女")];

    public static readonly IReadOnlyList<CodeOption> Majors = [new("710201", "计算机应用"), new("720101", "护理"), new("530101", "计算机应用")];

    /// <summary>A roster with one column of every type.</summary>
    public static readonly DatasetDefinition Dataset = new(
        Students, "在校生名册", "Student roster", 30,
        [
            new("StudentNumber", "学号", "Student number", ColumnType.Text, Required: true, MaxLength: 10),
            new("Name", "姓名", "Name", ColumnType.Text, Required: true, MaxLength: 8),
            new("IdNumber", "身份证号", "Resident ID number", ColumnType.IdNumber, Required: true, MaxLength: 18),
            new("Gender", "性别", "Gender", ColumnType.Code, Required: true, Options: Genders),
            new("BirthDate", "出生日期", "Birth date", ColumnType.Date, Required: true, RevealsIdNumber: true),
            new("MajorCode", "专业代码", "Major code", ColumnType.Code, Required: true, OptionsSource: CodeLists.Majors),
            new("EntryYear", "入学年份", "Entry year", ColumnType.Integer, Required: true, Min: 2000, Max: 2100),
            new("Fee", "学费", "Fee", ColumnType.Decimal, Required: false, Min: 0),
            new("Apprentice", "是否学徒", "Apprentice", ColumnType.Boolean, Required: false),
            new("CohortCode", "学徒制班级代码", "Cohort code", ColumnType.Text, Required: false, MaxLength: 20),
            new("EnterpriseCode", "企业信用代码", "Enterprise credit code", ColumnType.CreditCode, Required: false),
        ],
        UniqueInFile: ["StudentNumber", "IdNumber"],
        UniqueAcrossSchools: "IdNumber",
        References: [new DatasetReference("CohortCode", Cohorts, "CohortCode")]);

    public static readonly string[] Headers = Dataset.Columns.Select(c => c.HeaderZh).ToArray();

    public static IReadOnlyDictionary<string, CodeList> Lists() => new Dictionary<string, CodeList>
    {
        ["Gender"] = new(Genders),
        ["MajorCode"] = new(Majors, showCodes: true),
    };

    /// <summary>A clean row: number n, Chinese name, valid ID, every type filled.</summary>
    public static string[] Row(int n) =>
    [
        "S" + n.ToString("D5", System.Globalization.CultureInfo.InvariantCulture), "张三" + (n % 10), Id(n % 1000, "2008" + (1 + (n / 1000 % 12)).ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + "15"),
        n % 2 == 0 ? "男" : "F", "2008-09-15", "710201", "2024", "1,200.50", "是", n % 3 == 0 ? "C01" : "", n % 5 == 0 ? CreditCode() : "",
    ];

    /// <summary>Formula-safe CSV text: every field quoted, quotes doubled.</summary>
    public static string Csv(IEnumerable<IReadOnlyList<string?>> rows) =>
        string.Concat(rows.Select(r => string.Join(",", r.Select(v => "\"" + (v ?? "").Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + "\r\n"));
}

/// <summary>A folder of the test's own files, removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "zmd-filing-tests-" + Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string WriteCsv(string name, IEnumerable<IReadOnlyList<string?>> rows, Encoding encoding, bool bom = false)
    {
        var path = File(name);
        var bytes = encoding.GetBytes(TestData.Csv(rows));
        System.IO.File.WriteAllBytes(path, bom ? [.. encoding.GetPreamble(), .. bytes] : bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
