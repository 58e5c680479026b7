using Microsoft.AspNetCore.Identity;
using Zmd.Vocational.Identity.Domain;

namespace Zmd.Vocational.Identity.Application;

/// <summary>What Identity's own rules (length, digit, upper, lower) let through but a guesser tries first: a password
/// containing the user name, a well-known password, or a well-known word with only digits and symbols around it.
/// The error codes are turned into localized business errors by UserAdministration.</summary>
internal sealed class PasswordPolicyValidator : IPasswordValidator<AppUser>
{
    public const string ContainsUserNameCode = "ZmdPasswordContainsUserName";
    public const string CommonCode = "ZmdPasswordCommon";

    /// <summary>Shorter user names ("li") would refuse too many good passwords by chance.</summary>
    private const int MinUserNameLength = 3;

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var errors = new List<IdentityError>();
        if (user.UserName is { Length: >= MinUserNameLength } name && password.Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new IdentityError { Code = ContainsUserNameCode, Description = "The password contains the user name." });
        }

        if (CommonPasswords.IsCommon(password))
        {
            errors.Add(new IdentityError { Code = CommonCode, Description = "The password is too common." });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }
}
