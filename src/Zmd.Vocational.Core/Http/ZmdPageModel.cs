using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Localization;

namespace Zmd.Vocational.Core.Http;

/// <summary>Base of the pages: runs a write and turns a business error into a localized message next to the field
/// at fault (or at the top), instead of an error page. Nothing is stored when it fails.</summary>
public abstract class ZmdPageModel : PageModel
{
    protected JsonStringLocalizer L => HttpContext.RequestServices.GetRequiredService<JsonStringLocalizer>();

    [TempData]
    public string? StatusMessage { get; set; }

    protected async Task<IActionResult> RunAsync(Func<Task<IActionResult>> action, string? fieldPrefix = null)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            return await action();
        }
        catch (BusinessException ex) when (ex.Kind != ErrorKind.NotFound && ex.Kind != ErrorKind.Forbidden)
        {
            var key = ex.Field is null ? string.Empty : (fieldPrefix is null ? ex.Field : fieldPrefix + "." + ex.Field);
            ModelState.AddModelError(key, L.Format(ex.Code, ex.Args) + " [" + ex.Code + "]");
            return Page();
        }
    }
}
