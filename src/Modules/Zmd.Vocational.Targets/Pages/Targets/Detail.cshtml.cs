using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Targets.Pages.Targets;

/// <summary>One target with every field, and the other statements of it when the plan gives different numbers.</summary>
[Authorize(Policy = TargetsPermissions.View)]
public sealed class DetailModel(ITargetRegister register) : PageModel
{
    public TargetDto Target { get; private set; } = null!;

    /// <summary>This target and the ones it conflicts with, in the plan's order; only this one when none.</summary>
    public IReadOnlyList<TargetDto> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        // One read of the (small) register gives the target and its conflicting versions with their numbers.
        var all = await register.ListAsync(ct);
        var target = all.FirstOrDefault(t => t.Code == code.Trim());
        if (target is null)
        {
            return NotFound();
        }

        Target = target;
        Versions = all.Where(t => t.Code == target.Code || target.ConflictsWith.Contains(t.Code)).ToList();
        return Page();
    }
}
