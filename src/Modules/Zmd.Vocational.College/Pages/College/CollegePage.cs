using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.College.Pages.College;

/// <summary>The school year chosen in the query string, defaulting to the latest year with monitoring figures.</summary>
public abstract class CollegePage : ZmdPageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public int SelectedYear { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    protected async Task ChooseYearAsync(CancellationToken ct)
    {
        var years = (await HttpContext.RequestServices.GetRequiredService<IIndicatorService>().YearsAsync(ct)).ToList();
        SelectedYear = Year ?? (years.Count > 0 ? years[^1] : DateTime.UtcNow.Year - 1);
        Years = years.Append(SelectedYear).Distinct().Order().ToList();
    }
}
