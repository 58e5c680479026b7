using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace Zmd.Vocational.Core.Security;

/// <summary>Enforces <see cref="RequirePermissionAttribute"/> on the page handler about to run, after model binding
/// and before the handler: a user without the permission gets the same answer as for a page they may not open (the
/// access-denied page, 403), and the handler never runs.</summary>
public sealed class HandlerPermissionFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod?.MethodInfo.GetCustomAttribute<RequirePermissionAttribute>() is { } required)
        {
            var authorization = context.HttpContext.RequestServices.GetRequiredService<IAuthorizationService>();
            if (!(await authorization.AuthorizeAsync(context.HttpContext.User, required.Permission)).Succeeded)
            {
                context.Result = new ForbidResult();
                return;
            }
        }

        await next();
    }
}
