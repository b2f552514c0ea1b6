namespace FairHall.Modules.Discovery.Front;

/// <summary>
/// Cache headers of the public pages (BUY-1 "fast first paint"). An anonymous GET may be kept a minute by the
/// browser and shared caches; what varies is the language (the culture cookie, else Accept-Language) and whether
/// someone is signed in (the auth cookie), hence <c>Vary: Cookie, Accept-Language</c>. A signed-in visitor's page
/// carries its name, menu and forms: it is private and never stored. Static assets (fingerprinted) and media
/// (content-addressed URLs) are immutable for a year elsewhere.
/// </summary>
public static class PublicCache
{
    public const int Seconds = 60;
    public const string Anonymous = "public, max-age=60";
    public const string SignedIn = "private, no-store";

    public static void Apply(HttpContext http)
    {
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            return;
        }

        if (http.User.Identity?.IsAuthenticated == true)
        {
            http.Response.Headers.CacheControl = SignedIn;
            return;
        }

        http.Response.Headers.CacheControl = Anonymous;
        http.Response.Headers.Vary = "Cookie, Accept-Language";
    }
}
