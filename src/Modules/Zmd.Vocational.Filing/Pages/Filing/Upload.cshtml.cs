using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Filing.Pages.Filing;

/// <summary>Upload one dataset for one school and year; every error of a refused file is listed here and in a
/// downloadable copy of the file.</summary>
[Authorize(Policy = FilingPermissions.Upload)]
[RequestSizeLimit(UploadLimits.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.MaxRequestBytes)]
public sealed class UploadModel(IFilingImport import, IDatasetCatalog datasets, ISchoolDirectory schools) : ZmdPageModel
{
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "school")]
    public string SchoolCode { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "dataset")]
    public string DatasetCode { get; set; } = "";

    public DatasetDto? Dataset { get; private set; }
    public ImportResultDto? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Dataset = Find();
        if (Dataset is null)
        {
            return NotFound();
        }

        // The form of a dataset the school does not file is not offered (an upload would be refused anyway). The school
        // filter makes another school unknown to a school user.
        var school = await schools.FindByCodeAsync(SchoolCode, ct);
        return school is not null && !Dataset.AppliesTo(school.Type) ? NotFound() : Page();
    }

    [RequirePermission(FilingPermissions.Upload, "POST /api/filing/{year:int}/{schoolCode}/{dataset}")]
    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        Dataset = Find();
        if (Dataset is null)
        {
            return NotFound();
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError(string.Empty, L.Format(FilingErrorCodes.EmptyFile, new Dictionary<string, object?> { ["file"] = file?.FileName ?? "" }));
            return Page();
        }

        return await RunAsync(async () =>
        {
            await using var stream = file.OpenReadStream();
            Result = await import.ImportAsync(DatasetCode, SchoolCode, Year, file.FileName, stream, ct);
            if (!Result.Stored)
            {
                return Page();
            }

            StatusMessage = L["Filing:Stored"].Value.Replace("{rows}", Result.RowCount.ToString("#,0", System.Globalization.CultureInfo.CurrentCulture), StringComparison.Ordinal);
            return RedirectToPage("/Filing/Index", new { year = Year, school = SchoolCode });
        });
    }

    private DatasetDto? Find()
    {
        try
        {
            return datasets.Get(DatasetCode);
        }
        catch (BusinessException)
        {
            return null;
        }
    }
}
