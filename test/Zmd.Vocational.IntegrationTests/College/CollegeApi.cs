using Zmd.Vocational.College.Contracts;

namespace Zmd.Vocational.IntegrationTests.College;

/// <summary>Calls of the college's build-out API used by the tests.</summary>
internal static class CollegeApi
{
    /// <summary>驻马店技师学院, the technician college.</summary>
    public const string SchoolCode = "5141170001";

    public static object Project(string name, decimal area, int places, decimal budget, string start = "2023-03-01", string end = "2025-12-31",
        string? actualStart = null, string? actualEnd = null) =>
        new { name, plannedFloorArea = area, plannedPlaces = places, budget, plannedStart = start, plannedCompletion = end, actualStart, actualCompletion = actualEnd };

    public static object Report(string asOf, decimal area, int places, decimal spent) =>
        new { asOf, floorAreaCompleted = area, placesDelivered = places, spent, note = "现场核实" };

    public static async Task<ProjectDto> CreateAsync(HttpClient client, object project)
    {
        var response = await client.PostJsonAsync("/api/college/projects", project);
        return await response.ReadAsync<ProjectDto>();
    }

    public static async Task<ProgressReportDto> DraftAsync(HttpClient college, Guid project, object report) =>
        await (await college.PostJsonAsync($"/api/college/projects/{project}/reports", report)).ReadAsync<ProgressReportDto>();

    public static async Task<ProgressReportDto> ApprovedReportAsync(HttpClient college, HttpClient approver, Guid project, object report)
    {
        var draft = await DraftAsync(college, project, report);
        (await college.PostAsync($"/api/college/reports/{draft.Id}/submit", null)).EnsureSuccessStatusCode();
        return await (await approver.PostAsync($"/api/college/reports/{draft.Id}/approve", null)).ReadAsync<ProgressReportDto>();
    }

    public static Task<HttpResponseMessage> AttachAsync(HttpClient client, Guid report, string fileName, byte[] content) =>
        client.PostAsync($"/api/college/reports/{report}/attachments?fileName=" + Uri.EscapeDataString(fileName), new ByteArrayContent(content));

    public static Task<ProjectDetailDto> DetailAsync(HttpClient client, Guid project) =>
        client.GetJsonAsync<ProjectDetailDto>($"/api/college/projects/{project}");
}
