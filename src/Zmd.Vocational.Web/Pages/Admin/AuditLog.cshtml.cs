using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zmd.Vocational.Core.Auditing;
using Zmd.Vocational.Identity.Contracts;

namespace Zmd.Vocational.Web.Pages.Admin;

/// <summary>The entity-change audit log for bureau staff: who changed what, when, from what to what.</summary>
[Authorize(Policy = IdentityPermissions.AuditLogView)]
public sealed class AuditLogModel(IAuditLogReader reader) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityId { get; set; }

    public IReadOnlyList<EntityChangeDto> Changes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Changes = await reader.GetChangesAsync(EntityType, EntityId, 200, ct);
}
