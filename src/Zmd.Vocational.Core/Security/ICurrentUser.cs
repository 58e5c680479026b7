namespace Zmd.Vocational.Core.Security;

/// <summary>The person (or system process) on whose behalf the code runs.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    Guid? UserId { get; }
    string? UserName { get; }

    /// <summary>The school a school user is bound to; null for bureau staff and the system.</summary>
    Guid? SchoolId { get; }

    /// <summary>True for work not done for a person: start-up seeding, the CLI. Sees all schools.</summary>
    bool IsSystem { get; }

    IReadOnlyCollection<string> Roles { get; }
}
