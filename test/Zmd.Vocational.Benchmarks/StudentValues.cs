using System.Globalization;
using Zmd.Vocational.Enrolment.Contracts;

namespace Zmd.Vocational.Benchmarks;

/// <summary>A generated student row as the EnrStudents table stores it, for the baselines that bypass the application
/// (raw INSERT, COPY, naive EF). Mirrors the Enrolment module's stored values: enums as their ints (StudentRecord's
/// Gender, StudyLevel, StudentStatus), dates as dates, a version-7 Guid id.</summary>
internal static class StudentValues
{
    /// <summary>The EnrStudents columns, in the order of <see cref="From"/>.</summary>
    public static readonly string[] Columns =
        ["Id", "SchoolId", "Year", "StudentNumber", "Name", "IdNumber", "Gender", "BirthDate", "MajorCode", "Level", "EntryYear", "Status", "CohortCode"];

    private static readonly Dictionary<string, int> Levels = new(StringComparer.Ordinal)
    {
        ["中职"] = 1, ["高职专科"] = 2, ["职业本科"] = 3, ["中级工"] = 4, ["高级工"] = 5, ["预备技师"] = 6, ["技师"] = 7,
    };

    private static readonly Dictionary<string, int> Statuses = new(StringComparer.Ordinal)
    {
        ["在籍"] = 1, ["休学"] = 2, ["毕业"] = 3, ["退学"] = 4, ["转出"] = 5,
    };

    /// <summary>Generated cells (in the dataset's column order: 学号, 姓名, 身份证号, 性别, 出生日期, 专业代码, 培养层次,
    /// 入学年份, 学籍状态, 学徒制班级代码) as a typed row.</summary>
    public static StudentRow From(string?[] cells, Guid schoolId, int year) => new(
        Guid.CreateVersion7(), schoolId, year, cells[0]!, cells[1]!, cells[2]!, cells[3] == "男" ? 1 : 2,
        DateOnly.ParseExact(cells[4]!, "yyyy-MM-dd", CultureInfo.InvariantCulture), cells[5]!, Levels[cells[6]!],
        int.Parse(cells[7]!, CultureInfo.InvariantCulture), Statuses[cells[8]!], string.IsNullOrEmpty(cells[9]) ? null : cells[9]);

    public static string Dataset => EnrolmentDatasets.Students;
}

internal sealed record StudentRow(
    Guid Id, Guid SchoolId, int Year, string StudentNumber, string Name, string IdNumber, int Gender, DateOnly BirthDate, string MajorCode,
    int Level, int EntryYear, int Status, string? CohortCode);
