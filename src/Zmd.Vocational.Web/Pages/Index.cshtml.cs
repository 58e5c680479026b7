using Microsoft.AspNetCore.Mvc.RazorPages;
using Zmd.Vocational.Web.Infrastructure;

namespace Zmd.Vocational.Web.Pages;

/// <summary>Landing page: an introduction for visitors, the user's sections once signed in.</summary>
public sealed class IndexModel(Navigation navigation) : PageModel
{
    public IReadOnlyList<NavigationGroup> Groups { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            Groups = await navigation.ForAsync(User);
        }
    }
}
