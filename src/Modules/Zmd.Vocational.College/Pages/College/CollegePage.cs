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
        (SelectedYear, Years) = await HttpContext.RequestServices.GetRequiredService<IIndicatorService>().ChooseAsync(Year, ct);
    }
}
