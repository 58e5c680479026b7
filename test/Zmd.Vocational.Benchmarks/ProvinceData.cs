using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Apprenticeship.Contracts;
using Zmd.Vocational.Certificates.Contracts;
using Zmd.Vocational.Enrolment.Contracts;
using Zmd.Vocational.Faculty.Contracts;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Benchmarks;

/// <summary>One school's share of the province: its students and teachers, and where its generated people start in
/// the province-wide numbering (so that no ID number is filed by two schools).</summary>
internal sealed record ProvinceSchool(SchoolDto School, int Students, int Teachers, long StudentSerial, long TeacherSerial);

/// <summary>What loading took.</summary>
internal sealed record LoadReport(int Schools, long Students, long Teachers, long Rows, int Filings, double Seconds, double SchoolsSeconds);

/// <summary>Province-scale filings through the real pipeline, as the demo seeder files the demo city
/// (DemoFilingsSeedContributor): for every school, each dataset that has an <see cref="IDemoRowGenerator"/> generated as
/// a school's CSV and uploaded through <see cref="IFilingImport"/> (every check, the measures recorded on write), then
/// submitted and approved through <see cref="IFilingWorkflow"/> so the figures count. Runs in service scopes of the
/// running web host as the system user (no HTTP context). A school's files and transitions share one transaction, so a
/// school costs one commit instead of twenty-one; FilingImport takes part in a transaction its caller owns.</summary>
internal static class ProvinceData
{
    /// <summary>Students per teacher, as the demo city plans (16.5–19.5); the standard is at most 20.</summary>
    private const double StudentsPerTeacher = 17.5;

    /// <summary>Every 20th student is an apprentice of one of the school's cohorts (the demo generator files none).</summary>
    private const int ApprenticeEvery = 20;

    /// <summary>Serials kept free after the loaded people, for the rosters the refresh step uploads.</summary>
    public const int RefreshReserve = 100_000;

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Opens <paramref name="year"/> for filing and makes <paramref name="schools"/> active schools: the seeded
    /// register's active schools and invented ones (codes 38…, names marked 压测) spread over the counties.</summary>
    public static async Task<IReadOnlyList<SchoolDto>> PrepareAsync(IServiceProvider services, int year, int schools)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        await sp.GetRequiredService<IFilingCalendar>()
            .SaveAsync(new FilingPeriodInput { Year = year, Deadline = new DateOnly(year + 1, 6, 30), IsOpen = true });
        var directory = sp.GetRequiredService<ISchoolDirectory>();
        var counties = await sp.GetRequiredService<ICountyDirectory>().ListAsync();
        var active = (await directory.ListAsync(new SchoolQuery(IncludeInactive: false))).Count;
        for (var i = 0; active < schools; i++)
        {
            var county = counties[i % counties.Count];
            var code = $"38{county.Code[4..]}{i:000000}";
            if (await directory.FindByCodeAsync(code) is not null)
            {
                continue;
            }

            var type = (i % 20) switch
            {
                < 12 => SchoolType.SecondaryVocational,
                < 16 => SchoolType.HigherVocational,
                < 18 => SchoolType.SkilledWorkerSchool,
                18 => SchoolType.TechnicianCollege,
                _ => SchoolType.VocationalBachelor,
            };
            await directory.CreateAsync(new SchoolInput
            {
                Code = code,
                Name = $"{county.Name}第{(i / counties.Count) + 1}职业学校（压测）",
                Type = type,
                CountyCode = county.Code,
                Ownership = i % 4 == 1 ? SchoolOwnership.Private : SchoolOwnership.Public,
                IsActive = true,
            });
            active++;
        }

        return [.. (await directory.ListAsync(new SchoolQuery(IncludeInactive: false))).OrderBy(s => s.Code, StringComparer.Ordinal).Take(schools)];
    }

    /// <summary>Equal shares of <paramref name="students"/> (the first schools take the remainder). Students are numbered
    /// from 0, teachers after every student, and <see cref="RefreshReserve"/> serials are left after the teachers.</summary>
    public static IReadOnlyList<ProvinceSchool> Plan(IReadOnlyList<SchoolDto> schools, long students)
    {
        var plan = new List<ProvinceSchool>(schools.Count);
        var teacherSerial = students;
        long studentSerial = 0;
        for (var i = 0; i < schools.Count; i++)
        {
            var count = (int)((students / schools.Count) + (i < students % schools.Count ? 1 : 0));
            var teachers = (int)Math.Round(count / StudentsPerTeacher);
            plan.Add(new ProvinceSchool(schools[i], count, teachers, studentSerial, teacherSerial));
            studentSerial += count;
            teacherSerial += teachers;
        }

        if (teacherSerial + RefreshReserve > DemoPeople.Capacity)
        {
            throw new InvalidOperationException($"{students:N0} students and their teachers need more than the {DemoPeople.Capacity:N0} generated people.");
        }

        return plan;
    }

    /// <summary>The first serial of the reserve after every loaded person.</summary>
    public static long ReserveStart(IReadOnlyList<ProvinceSchool> plan) => plan.Count == 0 ? 0 : plan[^1].TeacherSerial + plan[^1].Teachers;

    /// <summary>Files and approves every dataset of every school of the plan, one school per transaction.</summary>
    public static async Task<LoadReport> LoadAsync(IServiceProvider services, IReadOnlyList<ProvinceSchool> plan, int year, double schoolsSeconds)
    {
        var started = Stopwatch.GetTimestamp();
        long rows = 0;
        var filings = 0;
        var generators = services.GetServices<IDemoRowGenerator>().ToDictionary(g => g.DatasetCode, StringComparer.Ordinal);
        for (var i = 0; i < plan.Count; i++)
        {
            var (stored, filed) = await LoadSchoolAsync(services, generators, plan[i], year);
            rows += stored;
            filings += filed;
            if ((i + 1) % 50 == 0 || i + 1 == plan.Count)
            {
                var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
                var students = plan.Take(i + 1).Sum(p => (long)p.Students);
                Console.Error.WriteLine($"    {i + 1,5:N0}/{plan.Count:N0} schools, {students,11:N0} students, {rows,11:N0} rows, {elapsed,6:0} s, " +
                                        $"{rows / elapsed,7:N0} rows/s, about {elapsed / (i + 1) * (plan.Count - i - 1),5:0} s to go");
            }
        }

        return new LoadReport(plan.Count, plan.Sum(p => (long)p.Students), plan.Sum(p => (long)p.Teachers), rows, filings,
            Stopwatch.GetElapsedTime(started).TotalSeconds, schoolsSeconds);
    }

    /// <summary>A school's datasets in the catalog's filing order (cohorts before the students who name them), then
    /// submit and approve each filing; all in one transaction, inside the execution strategy (PostgreSQL retries
    /// refuse a transaction opened outside it).</summary>
    private static async Task<(long Rows, int Filings)> LoadSchoolAsync(IServiceProvider services, IReadOnlyDictionary<string, IDemoRowGenerator> generators,
        ProvinceSchool school, int year)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<DbContext>();
        var catalog = sp.GetRequiredService<IDatasetCatalog>();
        var import = sp.GetRequiredService<IFilingImport>();
        var workflow = sp.GetRequiredService<IFilingWorkflow>();
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync();
            long rows = 0;
            IReadOnlyList<string> cohorts = [];
            foreach (var dataset in catalog.ListFor(school.School.Type))
            {
                if (!generators.TryGetValue(dataset.Code, out var generator))
                {
                    continue;
                }

                var (count, serial) = Size(dataset.Code, school);
                var scopeOfRows = new DemoScope(school.School.Code, school.School.Type, year, serial);
                var generated = generator.Rows(scopeOfRows, count).ToList();
                if (dataset.Code == ApprenticeshipDatasets.Cohorts)
                {
                    cohorts = [.. generated.Select(r => r[Column(dataset, ApprenticeshipDatasets.CohortKeyColumn)]!)];
                }
                else if (dataset.Code == EnrolmentDatasets.Students && cohorts.Count > 0)
                {
                    var cohortColumn = Column(dataset, ApprenticeshipDatasets.CohortKeyColumn);
                    for (var k = 0; k < generated.Count; k += ApprenticeEvery)
                    {
                        generated[k][cohortColumn] = cohorts[k / ApprenticeEvery % cohorts.Count];
                    }
                }

                await using var content = new MemoryStream(Csv(dataset, generated));
                var result = await import.ImportAsync(dataset.Code, school.School.Code, year, $"{school.School.Code}-{dataset.Code}.csv", content);
                if (!result.Stored)
                {
                    var first = string.Join("; ", result.Errors.Take(5).Select(e => $"row {e.Row} {e.Column}: {e.Code} {e.Message}"));
                    throw new InvalidOperationException($"{dataset.Code} of {school.School.Code} was refused ({result.ErrorCount} errors): {first}");
                }

                rows += result.RowCount;
            }

            var filings = await workflow.ListAsync(year, school.School.Code, null);
            foreach (var filing in filings)
            {
                await workflow.SubmitAsync(filing.Id);
                await workflow.ApproveAsync(filing.Id, "压测数据");
            }

            await transaction.CommitAsync();
            return (rows, filings.Count);
        });
    }

    /// <summary>Rows per dataset as the demo seeder files them; results name the school's own students, so they start at
    /// the students' serial and never outnumber them.</summary>
    private static (int Count, long Serial) Size(string dataset, ProvinceSchool school) => dataset switch
    {
        FacultyDatasets.Teachers => (school.Teachers, school.TeacherSerial),
        EnrolmentDatasets.Students => (school.Students, school.StudentSerial),
        CertificatesDatasets.Results => (school.Students / 3, school.StudentSerial),
        ApprenticeshipDatasets.Cohorts => (4, school.StudentSerial),
        ApprenticeshipDatasets.PartnerEnterprises => (30, school.StudentSerial),
        ApprenticeshipDatasets.SocialTraining => (12, school.StudentSerial),
        CertificatesDatasets.Pilots => (8, school.StudentSerial),
        EnrolmentDatasets.MajorsOffered => (100, school.StudentSerial), // every major its students are in (a school runs 6–13)
        _ => (10, school.StudentSerial),
    };

    public static int Column(DatasetDto dataset, string key) =>
        dataset.Columns.Select((c, i) => (c.Key, i)).First(c => c.Key == key).i;

    /// <summary>A dataset's rows as a school's "CSV UTF-8" file from Excel: a BOM, the Chinese headers, RFC 4180 quoting.</summary>
    public static byte[] Csv(DatasetDto dataset, IEnumerable<string?[]> rows)
    {
        var text = new StringBuilder(256 * 1024);
        Line(text, dataset.Columns.Select(c => c.HeaderZh));
        foreach (var row in rows)
        {
            Line(text, row);
        }

        return [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IEnumerable<string?> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            text.Append(first ? "" : ",");
            first = false;
            var value = cell ?? "";
            text.Append(value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        }

        text.Append("\r\n");
    }
}
