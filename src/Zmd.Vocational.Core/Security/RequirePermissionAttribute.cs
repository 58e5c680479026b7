namespace Zmd.Vocational.Core.Security;

/// <summary>The permission one page handler (an <c>OnPost…</c> method) requires, and the API endpoints that do the same
/// action, written as "POST /api/college/projects" (the route as mapped, constraints included). An architecture test
/// compares each handler's permission with its endpoints' in the host's route table, so a page can never demand less
/// than the API. Razor Pages ignore [Authorize] on handler methods: a page's own [Authorize(Policy = …)] only says who
/// may open it, and <see cref="HandlerPermissionFilter"/> enforces this attribute through the very policy the endpoints
/// use.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RequirePermissionAttribute(string permission, params string[] apiTwins) : Attribute
{
    public string Permission { get; } = permission;

    /// <summary>"METHOD /route" of every endpoint doing the same action; none when the action has no API.</summary>
    public IReadOnlyList<string> ApiTwins { get; } = apiTwins;
}
