using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Zmd.Vocational.ArchitectureTests;

/// <summary>Razor Pages check the anti-forgery token of every form post unless a page opts out; none may. (Integration
/// tests post forms without the token and see 400.)</summary>
public sealed class AntiforgeryTests
{
    [Fact]
    public void No_page_model_or_handler_turns_off_the_anti_forgery_check()
    {
        var pages = Modules.All.Select(m => m.Assembly).Append(Modules.Web)
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsClass && !t.IsAbstract && typeof(PageModel).IsAssignableFrom(t))
            .ToList();
        pages.Count.ShouldBeGreaterThan(20);

        var offenders = pages
            .Where(t => t.IsDefined(typeof(IgnoreAntiforgeryTokenAttribute), inherit: true)
                || t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Any(m => m.IsDefined(typeof(IgnoreAntiforgeryTokenAttribute), inherit: true)))
            .Select(t => t.FullName)
            .ToList();
        offenders.ShouldBeEmpty();
    }
}
