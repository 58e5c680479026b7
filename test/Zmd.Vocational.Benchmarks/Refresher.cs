using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Enrolment.Contracts;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.Benchmarks;

/// <summary>One refresh: the roster's size, the request times, how soon the figure showed the new count, the first page
/// requests after the write, and (under load) what the other clients saw meanwhile.</summary>
internal sealed record RefreshResult(
    int Index, string Mode, int Rows, double UploadMs, double SubmitMs, int Polls, bool Shown, double VisibleAfterUploadMs, double VisibleAfterSubmitMs,
    double FirstOverviewMs, double FirstDetailMs, decimal? Before, decimal? After, int Expected, LoadResult? Background);

/// <summary>How a refresh is watched. IndicatorFirst polls right after the submit, so the first poll rebuilds the cached
/// data; PageFirst requests /Monitoring first (a full rebuild as a page sees it); UnderLoad is IndicatorFirst while the
/// other clients keep requesting /Monitoring.</summary>
internal enum RefreshMode
{
    IndicatorFirst,
    PageFirst,
    UnderLoad,
}

/// <summary>A school's new roster, over HTTP as people would do it: the approver unlocks (or returns) the school's
/// students filing, the school's filer uploads a new roster and submits it (only a school filer may submit, and a draft
/// counts in no figure, not even a provisional one), and the analyst polls the school's enrolment figure
/// (provisional basis, which counts submitted filings) until it shows the new count. Each roster has other people
/// (serials from the reserve after the loaded ones) and another size, so the new value is known in advance.</summary>
internal sealed class Refresher : IDisposable
{
    /// <summary>The school of the demo account "filer" (遂平县职业教育中心).</summary>
    public const string School = "3141172801";

    /// <summary>The 学籍状态 label of a student in school: only they count as enrolled.</summary>
    private const string InSchool = "在籍";

    private readonly HttpClient _approver;
    private readonly HttpClient _filer;
    private readonly List<HttpClient> _analysts;
    private readonly SqlProfile _sql;
    private readonly DatasetDto _students;
    private readonly SchoolDto _school;
    private readonly IDemoRowGenerator _generator;
    private readonly int _year;
    private readonly long _reserve;

    private Refresher(HttpClient approver, HttpClient filer, List<HttpClient> analysts, SqlProfile sql, DatasetDto students, SchoolDto school,
        IDemoRowGenerator generator, int year, long reserve)
    {
        _approver = approver;
        _filer = filer;
        _analysts = analysts;
        _sql = sql;
        _students = students;
        _school = school;
        _generator = generator;
        _year = year;
        _reserve = reserve;
    }

    /// <summary>What the database did for the upload and for the first poll after the submit of the last profiled refresh.</summary>
    public SqlSnapshot? UploadSql { get; private set; }

    public SqlSnapshot? RebuildSql { get; private set; }

    private string Y => _year.ToString(CultureInfo.InvariantCulture);

    public static async Task<Refresher> CreateAsync(TestApp app, List<HttpClient> analysts, SqlProfile sql, int year, long reserve)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        return new Refresher(await app.LoginAsync("approver"), await app.LoginAsync("filer"), analysts, sql,
            sp.GetRequiredService<IDatasetCatalog>().Get(EnrolmentDatasets.Students),
            (await sp.GetRequiredService<ISchoolDirectory>().FindByCodeAsync(School))!,
            sp.GetServices<IDemoRowGenerator>().Single(g => g.DatasetCode == EnrolmentDatasets.Students), year, reserve);
    }

    /// <param name="index">1, 2, …: picks the roster's size and people.</param>
    /// <param name="profile">Record the statements of the upload and of the first poll (only when nothing else runs).</param>
    public async Task<RefreshResult> RunAsync(int index, RefreshMode mode, string label, bool profile)
    {
        var indicatorUrl = $"/api/indicators?year={Y}&scope=school&place={School}&provisional=true&code=enrolment-total";
        var analyst = _analysts[0];
        var before = await IndicatorAsync(analyst, indicatorUrl);
        var filings = await _approver.GetFromJsonAsync<List<FilingDto>>($"/api/filing/filings?year={Y}&school={School}", TestApp.Json);
        var filing = filings!.Single(f => f.DatasetCode == EnrolmentDatasets.Students);
        var verb = filing.State == FilingState.Approved ? "unlock" : filing.State == FilingState.Submitted ? "return" : null;
        if (verb is not null)
        {
            (await _approver.PostAsJsonAsync($"/api/filing/filings/{filing.Id}/{verb}", new ReviewInput("压测：重新上传在校生名册"))).EnsureSuccessStatusCode();
        }

        var count = 2_250 + (150 * index);
        var rows = _generator.Rows(new DemoScope(_school.Code, _school.Type, _year, _reserve + (index * 5_000L)), count).ToList();
        var statusColumn = ProvinceData.Column(_students, "Status");
        var expected = rows.Count(r => r[statusColumn] == InSchool);
        var csv = ProvinceData.Csv(_students, rows);

        Task<LoadResult>? background = null;
        if (mode == RefreshMode.UnderLoad)
        {
            background = LoadClient.RunAsync("overview during the refresh", _analysts.Skip(1).ToList(), $"/Monitoring?year={Y}", TimeSpan.FromSeconds(8));
            await Task.Delay(TimeSpan.FromSeconds(3));
        }

        if (profile)
        {
            _sql.Start();
        }

        var uploadStart = Stopwatch.GetTimestamp();
        using var content = new ByteArrayContent(csv);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        using var upload = await _filer.PostAsync($"/api/filing/{Y}/{School}/students?fileName=refresh-{index}.csv", content);
        var uploaded = Stopwatch.GetTimestamp();
        if (profile)
        {
            UploadSql = _sql.Stop();
        }

        if (upload.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The refresh upload was refused: {(int)upload.StatusCode} {await upload.Content.ReadAsStringAsync()}");
        }

        using var submit = await _filer.PostAsync($"/api/filing/filings/{filing.Id}/submit", null);
        var submitted = Stopwatch.GetTimestamp();
        submit.EnsureSuccessStatusCode();

        var firstOverview = double.NaN;
        if (mode == RefreshMode.PageFirst)
        {
            firstOverview = LoadResult.Ms((await LoadClient.GetAsync(analyst, $"/Monitoring?year={Y}")).Ticks);
        }

        var polls = 0;
        decimal? after = null;
        var deadline = Stopwatch.GetTimestamp() + (30 * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (profile && polls == 0)
            {
                _sql.Start();
            }

            polls++;
            after = await IndicatorAsync(analyst, indicatorUrl);
            if (profile && polls == 1)
            {
                RebuildSql = _sql.Stop();
            }

            if (after == expected)
            {
                break;
            }
        }

        var shown = Stopwatch.GetTimestamp();
        if (mode != RefreshMode.PageFirst)
        {
            firstOverview = LoadResult.Ms((await LoadClient.GetAsync(analyst, $"/Monitoring?year={Y}")).Ticks);
        }

        var firstDetail = LoadResult.Ms((await LoadClient.GetAsync(analyst, $"/Monitoring/Target/K1.07?year={Y}")).Ticks);
        var load = background is null ? null : await background;
        return new RefreshResult(index, label, count, Ms(uploadStart, uploaded), Ms(uploaded, submitted), polls, after == expected,
            Ms(uploaded, shown), Ms(submitted, shown), firstOverview, firstDetail, before, after, expected, load);
    }

    public void Dispose()
    {
        _approver.Dispose();
        _filer.Dispose();
    }

    private static double Ms(long from, long to) => LoadResult.Ms(to - from);

    private static async Task<decimal?> IndicatorAsync(HttpClient client, string url)
    {
        var values = await client.GetFromJsonAsync<List<IndicatorValueDto>>(url, TestApp.Json);
        return values!.Single().Value;
    }
}
