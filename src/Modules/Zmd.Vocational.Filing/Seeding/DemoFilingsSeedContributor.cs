using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Zmd.Vocational.Core.Seeding;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Filing.Domain;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Filing.Seeding;

/// <summary>Fills the demo city with the filings of school year 2026 (the one being filed now): every active school's teacher and student rosters,
/// generated and uploaded through the real import (so demo data passes the same checks as a school's file), then a
/// spread of submitted, returned and approved filings for the status board. Runs once: only with demo data, only when
/// Seeding:DemoFilings is on (tests turn it off), and only while no filing exists.</summary>
internal sealed class DemoFilingsSeedContributor(
    DbContext db,
    IConfiguration configuration,
    ISchoolDirectory schools,
    IDatasetCatalog datasets,
    IFilingCalendar calendar,
    IFilingImport import,
    IFilingWorkflow workflow,
    IEnumerable<IDemoRowGenerator> generators,
    TimeProvider clock,
    ILogger<DemoFilingsSeedContributor> logger) : IDataSeedContributor
{
    public const string EnabledKey = "Seeding:DemoFilings";
    public const int Year = 2026;
    public static readonly DateOnly Deadline = new(2027, 6, 30);

    /// <summary>Earlier school years filed and approved in full, so that the dashboards show a trend: the city grows
    /// towards its 2025 targets. Their rosters are the same schools, a little smaller the further back.</summary>
    public static readonly IReadOnlyList<int> EarlierYears = [2024, 2025];

    // Dataset codes of the Faculty and Enrolment modules (which depend on Filing, so Filing cannot name their contracts).
    private const string Teachers = "teachers";
    private const string Students = "students";

    /// <summary>Schools of the demo filer accounts (Identity's demo users): their filings stay drafts, so their filers can
    /// still upload and submit in a demo.</summary>
    private static readonly HashSet<string> KeepEditable = ["3141172801", "4141170001", "5141170001"];

    /// <summary>After reference data, roles and demo users.</summary>
    public int Order => 100;

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        if (!context.IncludeDemoData || !configuration.GetValue(EnabledKey, true) || await db.Set<SchoolFiling>().AnyAsync(ct))
        {
            return;
        }

        var started = clock.GetTimestamp();
        await DemoSchools.TopUpAsync(schools, ct);
        var plan = DemoCityPlan.For(await schools.ListAsync(new SchoolQuery(IncludeInactive: false), ct));
        var teacherRows = generators.FirstOrDefault(g => g.DatasetCode == Teachers);
        var studentRows = generators.FirstOrDefault(g => g.DatasetCode == Students);
        foreach (var year in EarlierYears)
        {
            await FileYearAsync(plan, year, ct);
            foreach (var filing in await workflow.ListAsync(year, null, null, ct))
            {
                await workflow.SubmitAsync(filing.Id, ct);
                await workflow.ApproveAsync(filing.Id, "数据完整，同意。", ct);
                ForgetSaved();
            }

            // A past year is closed: its approved data stays as filed.
            await calendar.SaveAsync(new FilingPeriodInput { Year = year, Deadline = new DateOnly(year + 1, 6, 30), IsOpen = false }, ct);
        }

        await FileYearAsync(plan, Year, ct);
        var states = await AdvanceAsync(ct);
        logger.LogInformation(
            "Demo filings for {Years} and {Year}: {Schools} schools, {Students} students, {Teachers} teachers; {Approved} approved, {Submitted} submitted, {Returned} returned; {Seconds:0.0} s.",
            string.Join(", ", EarlierYears), Year, plan.Count, studentRows is null ? 0 : plan.Sum(p => p.Students), teacherRows is null ? 0 : plan.Sum(p => p.Teachers),
            states.GetValueOrDefault(FilingState.Approved), states.GetValueOrDefault(FilingState.Submitted),
            states.GetValueOrDefault(FilingState.Returned), clock.GetElapsedTime(started).TotalSeconds);
    }

    /// <summary>Opens the year and files, for every school, each dataset the school files that has a generator, in filing
    /// order (cohorts before the students who may name them; partner enterprises before the college's internships).</summary>
    private async Task FileYearAsync(IReadOnlyList<DemoSchoolPlan> plan, int year, CancellationToken ct)
    {
        var deadline = year == Year ? Deadline : new DateOnly(year + 1, 6, 30);
        await calendar.SaveAsync(new FilingPeriodInput { Year = year, Deadline = deadline, IsOpen = true }, ct);
        foreach (var school in plan)
        {
            foreach (var dataset in datasets.ListFor(school.School.Type))
            {
                var generator = generators.FirstOrDefault(g => g.DatasetCode == dataset.Code);
                var (count, serial) = Size(dataset.Code, Scaled(school, Year - year));
                await UploadAsync(generator, school.School, year, count, serial, ct);
                ForgetSaved();
            }
        }
    }

    /// <summary>The whole seed is one unit of work on one DbContext: without this, every saved filing, event and measure
    /// stays tracked and each later save compares them all again (the seed slowed from 20 s to minutes).</summary>
    private void ForgetSaved() => db.ChangeTracker.Clear();

    /// <summary>A school some years back: 6% fewer students and 4% fewer teachers a year (the same people, fewer of them).</summary>
    private static DemoSchoolPlan Scaled(DemoSchoolPlan school, int yearsBack) => yearsBack == 0 ? school : school with
    {
        Students = (int)(school.Students * Math.Pow(0.94, yearsBack)),
        Teachers = Math.Max(1, (int)(school.Teachers * Math.Pow(0.96, yearsBack))),
    };

    /// <summary>How many rows of a dataset a demo school files, and from which serial: certificate results name the
    /// school's own students, so they start at the students' serial and never outnumber them.</summary>
    private static (int Count, long Serial) Size(string dataset, DemoSchoolPlan school) => dataset switch
    {
        Teachers => (school.Teachers, school.TeacherSerial),
        Students => (school.Students, school.StudentSerial),
        "certificate-results" => (school.Students / 3, school.StudentSerial),
        "apprenticeship-cohorts" => (4, school.StudentSerial),
        "partner-enterprises" => (30, school.StudentSerial),
        "social-training" => (12, school.StudentSerial),
        "certificate-pilots" => (8, school.StudentSerial),
        "majors-offered" => (100, school.StudentSerial), // every major the school's demo students are in (at most 13)
        // The technician college's own (only it files them): every skill level, internships with 20 of its 30 partners,
        // and every studio it has set up by the year.
        "college-output" => (4, school.StudentSerial),
        "college-internships" => (30, school.StudentSerial),
        "college-studios" => (10, school.StudentSerial),
        _ => (10, school.StudentSerial),
    };

    private async Task UploadAsync(IDemoRowGenerator? generator, SchoolDto school, int year, int count, long serial, CancellationToken ct)
    {
        if (generator is null || count == 0)
        {
            return;
        }

        var headers = datasets.Get(generator.DatasetCode).Columns.Select(c => c.HeaderZh).ToList();
        var path = DemoCsvFile.Write(headers, generator.Rows(new DemoScope(school.Code, school.Type, year, serial) { CohortsFiled = true }, count));
        try
        {
            await using var content = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
            var result = await import.ImportAsync(generator.DatasetCode, school.Code, year, $"{school.Code}-{generator.DatasetCode}.csv", content, ct);
            if (!result.Stored)
            {
                // A generator bug, not a user's: say where, but never with the cell values (they hold ID numbers).
                var first = string.Join("; ", result.Errors.Take(5).Select(e => $"row {e.Row} {e.Column}: {e.Code}"));
                throw new InvalidOperationException($"Demo {generator.DatasetCode} of {school.Code} were refused ({result.ErrorCount} errors): {first}");
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Moves filings along the workflow, school by school in a fixed pattern, so the board shows every state.</summary>
    private async Task<Dictionary<FilingState, int>> AdvanceAsync(CancellationToken ct)
    {
        var counts = new Dictionary<FilingState, int>();
        var filings = (await workflow.ListAsync(Year, null, null, ct)).Where(f => !KeepEditable.Contains(f.SchoolCode)).ToList();
        var order = filings.Select(f => f.SchoolCode).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var filing in filings)
        {
            var target = (order.IndexOf(filing.SchoolCode) % 5, filing.DatasetCode) switch
            {
                (0, _) or (2, Students) => FilingState.Approved,
                (3, Teachers) => FilingState.Returned,
                (4, _) => FilingState.Draft,
                _ => FilingState.Submitted,
            };
            if (target == FilingState.Draft)
            {
                continue;
            }

            await workflow.SubmitAsync(filing.Id, ct);
            if (target == FilingState.Approved)
            {
                await workflow.ApproveAsync(filing.Id, "数据完整，同意。", ct);
            }
            else if (target == FilingState.Returned)
            {
                await workflow.ReturnAsync(filing.Id, "外聘教师的职称请按聘任单位的认定核实后重新上传。", ct);
            }

            counts[target] = counts.GetValueOrDefault(target) + 1;
            ForgetSaved();
        }

        return counts;
    }
}
