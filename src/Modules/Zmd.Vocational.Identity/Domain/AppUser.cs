using Microsoft.AspNetCore.Identity;

namespace Zmd.Vocational.Identity.Domain;

/// <summary>A person who signs in. A school filer is bound to one school; bureau staff to none.</summary>
internal sealed class AppUser : IdentityUser<Guid>
{
    public AppUser() => Id = Guid.CreateVersion7();

    public string DisplayName { get; set; } = "";
    public Guid? SchoolId { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTime CreatedAt { get; set; }
}

internal sealed class AppRole : IdentityRole<Guid>
{
    public AppRole() => Id = Guid.CreateVersion7();

    public AppRole(string name) : this() => Name = name;
}
