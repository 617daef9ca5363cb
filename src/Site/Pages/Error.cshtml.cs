using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Site.Pages;

/// <summary>
/// The site's 500 page, re-executed by the exception handler: the visitor sees a request id and no detail, and the log
/// gets a line with the same id next to the handler's own entry with the stack trace. Asked for directly, it is a 404.
/// </summary>
public sealed class ErrorModel(ILogger<ErrorModel> logger) : PageModel
{
    public string RequestId => HttpContext.TraceIdentifier;

    public IActionResult OnGet()
    {
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not { } failure) return NotFound();
        logger.LogError("Request {RequestId} for {Path} failed with {Exception}: {Message}",
            RequestId, failure.Path, failure.Error.GetType().Name, failure.Error.Message);
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return Page();
    }
}
