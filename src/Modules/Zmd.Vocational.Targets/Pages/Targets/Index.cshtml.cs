using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Targets.Pages.Targets;

/// <summary>All targets, grouped by the part of the plan that states them, in the plan's order.</summary>
[Authorize(Policy = TargetsPermissions.View)]
public sealed class IndexModel(ITargetRegister register) : PageModel
{
    public IReadOnlyList<IGrouping<string, TargetDto>> Sections { get; private set; } = [];

    public int Count { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var targets = await register.ListAsync(ct);
        Count = targets.Count;
        Sections = targets.GroupBy(t => TargetFormat.Chapter(t.Section)).ToList();
    }
}
