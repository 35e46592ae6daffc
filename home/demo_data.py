"""Demo content for the DKC MVO website: site texts, themes, learning networks, events, news.

Plain data only, read by ``home.demo``. The content is in Dutch (Flemish usage) and follows
the two seed documents: the minutes of the themawerking of 16 February 2006 and the
chronological programme of the mainstream team (November 2005 to October 2006). Addresses,
phone numbers and e-mail addresses are fictional.

Body values are StreamField blocks as ``(block_type, value)`` tuples:

- ``("heading", "text")``
- ``("paragraph", "<p>rich text</p>")``
- ``("ko_go", {"shared": html, "ko": html, "go": html})``: one text for everyone, with the
  nuances for small (KO) and large (GO) organisations in the same block; "ko" and "go" may be
  empty strings
- ``("quote", {"text": "...", "attribution": "..."})``

Event datetimes are naive local times (Europe/Brussels).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

# Site-wide texts: home page, footer co-financing line and contact address.
SITE: dict[str, str] = {
    "name": "DKC MVO",
    "tagline": "Digitaal Kenniscentrum Maatschappelijk Verantwoord Ondernemen in Vlaanderen",
    "home_intro": (
        "<p>Het <strong>Digitaal Kenniscentrum Maatschappelijk Verantwoord Ondernemen</strong> "
        "(DKC MVO) bundelt kennis, instrumenten en praktijkervaringen over maatschappelijk "
        "verantwoord ondernemen in Vlaanderen. Ondernemers, leidinggevenden, "
        "personeelsverantwoordelijken, werknemersvertegenwoordigers en iedereen die met MVO aan de "
        "slag wil, vinden hier per thema wat MVO concreet betekent en hoe u eraan begint.</p>"
        "<p>Het kenniscentrum wordt gecoördineerd vanuit de Vlaamse administratie Werkgelegenheid. "
        "Partner Business &amp; Society ondersteunt de redacteurs die de inhoud aanleveren.</p>"
        "<p>Die inhoud komt grotendeels van de <strong>zeven lerende netwerken MVO</strong>. Met "
        "steun van het Europees Sociaal Fonds diept elk netwerk een afgebakend thema uit, van "
        "werkend leren en gezinsvriendelijk ondernemen tot duurzaam internationaal ondernemen. Een "
        "achtste netwerk, het <strong>mainstreamteam MVO</strong>, verbindt hun resultaten en "
        "draagt ze uit naar beleid en praktijk. Kleine of grote organisatie? Elke tekst vermeldt "
        "wat voor u anders ligt, zonder dat u eerst moet kiezen.</p>"
    ),
    "cofinancing_text": (
        "Deze website en de lerende netwerken MVO worden gefinancierd door het Europees Sociaal "
        "Fonds en de Vlaamse overheid."
    ),
    "contact_address": (
        "Digitaal Kenniscentrum MVO\n"
        "p/a Vlaamse administratie Werkgelegenheid\n"
        "Vlasgaardstraat 21 bus 3\n"
        "1000 Brussel\n"
        "T +32 2 000 00 01\n"
        "dkc.mvo@example.org"
    ),
}


# The narrow CSR themes, one terminology for all of Flanders. Networks, projects
# and events refer to them by slug.
THEMES: list[dict[str, Any]] = [
    {
        "slug": "mobiliteit-en-woon-werkverkeer",
        "title": "Mobiliteit en woon-werkverkeer",
        "summary": (
            "Hoe uw medewerkers naar het werk komen, bepaalt mee uw kosten, uw bereikbaarheid en "
            "uw impact op milieu en verkeer. Een pendelplan zet dat om in haalbare alternatieven."
        ),
        "intro": (
            "Files, parkeerdruk en de kosten van het wagenpark maken woon-werkverkeer tot een "
            "thema waarin werkgevers en werknemers elkaar vinden. Maatschappelijk verantwoord "
            "ondernemen betekent hier dat u de verplaatsingen van uw medewerkers als een gedeelde "
            "verantwoordelijkheid bekijkt en samen werkt aan vlottere, veiligere en duurzamere "
            "alternatieven."
        ),
        "body": [
            ("heading", "Wat houdt het in?"),
            (
                "paragraph",
                (
                    "<p>Een duurzaam mobiliteitsbeleid vertrekt van een eenvoudige vraag: hoe "
                    "geraken uw medewerkers vandaag op het werk, en hoe kan het beter? Het "
                    "antwoord leidt tot een <strong>pendelplan</strong> of bedrijfsvervoerplan: "
                    "een samenhangend pakket maatregelen rond openbaar vervoer, fietsen, "
                    "carpoolen, telewerk en werktijden.</p>"
                    "<p>Dat loont op meer dan één vlak: minder stress en verloren tijd voor de "
                    "werknemers, lagere kosten voor parking en vervoer, een betere bereikbaarheid "
                    "voor klanten en leveranciers en minder uitstoot.</p>"
                ),
            ),
            ("heading", "Eerste stappen"),
            (
                "paragraph",
                (
                    "<ul><li>Breng in kaart waar uw medewerkers wonen en hoe ze vandaag naar het "
                    "werk komen.</li><li>Ga na welke alternatieven er zijn: bus- en "
                    "treinverbindingen in de buurt, veilige fietsroutes, collega's die in dezelfde "
                    "richting wonen.</li><li>Kies enkele haalbare maatregelen, communiceer ze "
                    "duidelijk en evalueer ze na zes maanden.</li></ul>"
                ),
            ),
            (
                "ko_go",
                {
                    "shared": (
                        "<p>Een goed pendelplan steunt op overleg: wie dagelijks pendelt, weet het "
                        "best waar het knelt. Betrek de medewerkers van bij het begin en maak "
                        "afspraken die voor iedereen duidelijk zijn, bijvoorbeeld over de "
                        "fietsvergoeding of over thuiswerk.</p>"
                    ),
                    "ko": (
                        "<p>In een kmo volstaan vaak een gesprek op de personeelsvergadering en "
                        "een lijst aan het prikbord. De zaakvoerder kan zelf collega's "
                        "samenbrengen die willen carpoolen, een overdekte fietsenstalling voorzien "
                        "of een fietsvergoeding invoeren. Ligt uw bedrijf op een bedrijventerrein? "
                        "Stem dan af met de buren: samen een pendelbus of carpoolregeling "
                        "organiseren is goedkoper dan alleen.</p>"
                    ),
                    "go": (
                        "<p>Een grote organisatie houdt een mobiliteitsenquête per vestiging en "
                        "stelt een mobiliteitscoördinator aan. Bespreek het pendelplan in de "
                        "ondernemingsraad of met de vakbondsafvaardiging, stem het af op het "
                        "beleid rond bedrijfswagens en rapporteer jaarlijks over de resultaten, "
                        "zoals het aandeel medewerkers dat met de fiets of het openbaar vervoer "
                        "komt.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "milieurapportering",
        "title": "Milieurapportering",
        "summary": (
            "Open rapporteren over uw milieuprestaties toont waar u staat en waar u kunt "
            "verbeteren. Het helpt ook in het gesprek met werknemers, buren, klanten en overheid."
        ),
        "intro": (
            "Milieurapportering is meer dan een verplichting voor wie een milieuvergunning heeft. "
            "Een helder verslag over energie, afval, emissies en grondstoffen is een instrument om "
            "doelen te stellen, vooruitgang te meten en het gesprek aan te gaan met iedereen die "
            "bij uw onderneming betrokken is."
        ),
        "body": [
            ("heading", "Waarom rapporteren?"),
            (
                "paragraph",
                (
                    "<p>Wat u niet meet, kunt u moeilijk verbeteren. Een milieuverslag verzamelt "
                    "de belangrijkste cijfers over het verbruik van energie, water en "
                    "grondstoffen, de hoeveelheid afval en de uitstoot van uw activiteiten. Wie "
                    "die cijfers jaar na jaar vergelijkt, ziet waar de winst te halen is.</p>"
                    "<p>Een verslag is ook een communicatie-instrument. Werknemers en hun "
                    "vertegenwoordigers, omwonenden, klanten en financiers vragen steeds vaker "
                    "naar de milieuprestaties van een onderneming. Een eerlijk verslag dat ook de "
                    "werkpunten benoemt, wekt meer vertrouwen dan een glanzende brochure.</p>"
                ),
            ),
            ("heading", "Wat neemt u op?"),
            (
                "paragraph",
                (
                    "<ul><li>Een korte voorstelling van de activiteiten en de belangrijkste "
                    "milieuaspecten.</li><li>Kerncijfers over energie, water, afval, emissies en "
                    "het gebruik van gevaarlijke stoffen.</li><li>De doelstellingen voor het "
                    "komende jaar en de stand van zaken van de vorige.</li><li>Incidenten en "
                    "klachten, en hoe ermee is omgegaan.</li></ul>"
                ),
            ),
            (
                "ko_go",
                {
                    "shared": (
                        "<p>Begin bij de gegevens die u al hebt: de facturen voor energie en afval "
                        "en de gegevens die u voor uw milieuvergunning bijhoudt. Houd het verslag "
                        "leesbaar en vergelijkbaar van jaar tot jaar.</p>"
                    ),
                    "ko": (
                        "<p>Voor een kmo kan een milieuverslag één of twee bladzijden tellen, "
                        "opgesteld door de zaakvoerder of de preventieadviseur. Een eenvoudige "
                        "tabel met het verbruik van de voorbije drie jaar en drie concrete "
                        "verbeterpunten is al een sterk begin, en vraagt niet veel meer dan een "
                        "namiddag werk.</p>"
                    ),
                    "go": (
                        "<p>Grote organisaties publiceren een jaarlijks milieu- of "
                        "duurzaamheidsverslag volgens een internationaal erkend kader, zoals de "
                        "richtlijnen van het Global Reporting Initiative, en laten het bij "
                        "voorkeur extern verifiëren. Licht het verslag toe in de ondernemingsraad "
                        "en in het comité voor preventie en bescherming op het werk, en betrek ook "
                        "de toeleveranciers bij de gegevensverzameling.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "gezinsvriendelijk-ondernemen",
        "title": "Gezinsvriendelijk ondernemen",
        "summary": (
            "Werk en gezin beter combineren is goed voor de medewerkers én voor de organisatie: "
            "minder verzuim, meer betrokkenheid en een sterker imago op de arbeidsmarkt."
        ),
        "intro": (
            "Kinderen, de zorg voor ouders, een partner die ook werkt: het privéleven van "
            "medewerkers weegt zwaar op hun werk. Gezinsvriendelijk ondernemen betekent dat u "
            "ruimte maakt voor die realiteit, met maatregelen rond werktijden, verlof, opvang en "
            "bedrijfscultuur."
        ),
        "body": [
            ("heading", "Meer dan glijdende uren"),
            (
                "paragraph",
                (
                    "<p>Gezinsvriendelijke maatregelen gaan over de organisatie van het werk "
                    "(glijdende uren, deeltijds werk, telewerk), over verlof (ouderschapsverlof, "
                    "tijdskrediet, zorgverlof), over praktische diensten (hulp bij het zoeken naar "
                    "kinderopvang, een strijkdienst) en vooral over de cultuur: mag een medewerker "
                    "zeggen dat hij om vijf uur weg moet om de kinderen op te halen?</p>"
                    "<p>Een organisatie die daar bewust mee omgaat, houdt haar mensen langer, "
                    "vindt gemakkelijker nieuwe medewerkers en ziet het ziekteverzuim dalen.</p>"
                ),
            ),
            (
                "ko_go",
                {
                    "shared": (
                        "<p>Een checklist helpt om te zien waar u vandaag staat: welke maatregelen "
                        "bestaan er al, welke worden echt gebruikt en waar lopen medewerkers "
                        "tegenaan? Vraag het ook aan hen: een alleenstaande ouder heeft andere "
                        "noden dan iemand die voor een zieke ouder zorgt.</p>"
                    ),
                    "ko": (
                        "<p>In een kleine onderneming ligt veel in handen van de zaakvoerder. "
                        "Zonder personeelsdienst kunt u toch veel doen met onderlinge afspraken: "
                        "een collega die inspringt, een vaste thuiswerkdag, een uurrooster dat "
                        "rekening houdt met de schooluren. Zulke oplossingen op maat kosten weinig "
                        "en maken een groot verschil.</p>"
                    ),
                    "go": (
                        "<p>In een grote organisatie hoort gezinsvriendelijkheid thuis in het "
                        "personeelsbeleid, met duidelijke regels die voor iedereen gelden en "
                        "leidinggevenden die ze ook toepassen. Een externe doorlichting, zoals de "
                        "Family &amp; Business Audit, brengt de bestaande maatregelen en de "
                        "verbeterpunten systematisch in kaart. Bespreek de resultaten met de "
                        "ondernemingsraad.</p>"
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": (
                        "Sinds we de uurroosters samen met de ploeg opstellen, is het verzuim "
                        "merkbaar gedaald. Het heeft ons vooral een paar goede gesprekken gekost."
                    ),
                    "attribution": "Zaakvoerder van een drukkerij met 25 medewerkers",
                },
            ),
        ],
    },
    {
        "slug": "competentiemanagement",
        "title": "Competentiemanagement",
        "summary": (
            "Competentiemanagement brengt de kennis, vaardigheden en attitudes van medewerkers in "
            "kaart en laat ze groeien, in het belang van de mensen en van de organisatie."
        ),
        "intro": (
            "Medewerkers die hun talenten kunnen inzetten en verder ontwikkelen, zijn "
            "gemotiveerder en blijven inzetbaar, ook als hun job verandert. Competentiemanagement "
            "verbindt de doelen van de organisatie met de ontwikkeling van elke medewerker en is "
            "zo een kernstuk van een maatschappelijk verantwoord personeelsbeleid."
        ),
        "body": [
            ("heading", "Wat is competentiemanagement?"),
            (
                "paragraph",
                (
                    "<p>Een competentie is het geheel van kennis, vaardigheden en houding dat "
                    "iemand nodig heeft om een taak goed uit te voeren. Competentiemanagement "
                    "betekent dat u nagaat welke competenties de organisatie nodig heeft, welke uw "
                    "medewerkers al hebben en hoe u de kloof dicht: met opleiding, coaching, "
                    "jobrotatie of leren op de werkvloer.</p>"
                    "<p>Ook competenties die iemand buiten het werk of in een vorige job heeft "
                    "verworven, tellen mee. Wie ze erkent, geeft kansen aan mensen met weinig "
                    "diploma's maar veel vakmanschap.</p>"
                ),
            ),
            ("heading", "Aan de slag"),
            (
                "paragraph",
                (
                    "<ul><li>Beschrijf per functie de drie tot vijf competenties die echt het "
                    "verschil maken.</li><li>Voer met elke medewerker een jaarlijks gesprek over "
                    "wat goed gaat en wat hij of zij wil leren.</li><li>Leg de afspraken vast in "
                    "een eenvoudig persoonlijk ontwikkelingsplan en volg ze op.</li></ul>"
                ),
            ),
            (
                "ko_go",
                {
                    "shared": (
                        "<p>Competentiemanagement werkt pas als medewerkers het ervaren als een "
                        "kans en niet als een beoordelingsinstrument. Wees open over het doel en "
                        "zorg ervoor dat er na het gesprek ook echt iets gebeurt.</p>"
                    ),
                    "ko": (
                        "<p>In een kmo voert de zaakvoerder of de ploegbaas de gesprekken meestal "
                        "zelf. Gebruik eenvoudige middelen: een functiebeschrijving op één blad en "
                        "een gesprek van een halfuur. Leren gebeurt vaak het best op de werkvloer, "
                        "naast een ervaren collega. Voor externe opleidingen kunt u aankloppen bij "
                        "het opleidingsfonds van uw sector.</p>"
                    ),
                    "go": (
                        "<p>Een grote organisatie bouwt een competentiewoordenboek uit en koppelt "
                        "het aan werving, loopbaanbeleid, opleidingsplannen en evaluatie. Betrek "
                        "de ondernemingsraad en de vakbondsafvaardiging bij de uitwerking, zodat "
                        "het systeem gedragen wordt. Rapporteer over het aantal opleidingsuren per "
                        "medewerker en per functieniveau.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "klimaatbeleid",
        "title": "Klimaatbeleid",
        "summary": (
            "Met het Kyotoprotocol heeft België zich ertoe verbonden zijn uitstoot van "
            "broeikasgassen te verminderen. Ook ondernemingen kunnen hun energieverbruik en "
            "uitstoot gericht terugdringen."
        ),
        "intro": (
            "Klimaatverandering is een van de grote uitdagingen van deze eeuw. Sinds het "
            "Kyotoprotocol in februari 2005 in werking trad, moet België zijn uitstoot van "
            "broeikasgassen in de periode 2008-2012 met 7,5 procent verminderen ten opzichte van "
            "1990. Ondernemingen dragen daar een belangrijk deel toe bij: door zuiniger met "
            "energie om te springen, slimmer te produceren en hun medewerkers te betrekken."
        ),
        "body": [
            ("heading", "Energie besparen begint op de werkvloer"),
            (
                "paragraph",
                (
                    "<p>Een klimaatbeleid in de onderneming begint met inzicht in het "
                    "energieverbruik: welke installaties, gebouwen en verplaatsingen verbruiken "
                    "het meest? Vaak liggen de eerste besparingen voor het grijpen: verlichting en "
                    "verwarming die onnodig aanstaan, perslucht die weglekt, machines die op "
                    "stand-by blijven.</p>"
                    "<p>Daarna volgen investeringen met een langere terugverdientijd, zoals "
                    "isolatie, zuinigere motoren of warmterecuperatie, en keuzes rond vervoer en "
                    "aankoop. Medewerkers spelen daarin een sleutelrol: zij kennen de installaties "
                    "en zien waar energie verloren gaat.</p>"
                ),
            ),
            (
                "ko_go",
                {
                    "shared": (
                        "<p>Houd een eenvoudige energieboekhouding bij, kies een beperkt aantal "
                        "doelstellingen en maak iemand verantwoordelijk voor de opvolging. "
                        "Communiceer de resultaten: zichtbare besparingen motiveren om door te "
                        "gaan.</p>"
                    ),
                    "ko": (
                        "<p>Voor een kmo is een energiescan door een onafhankelijke adviseur of "
                        "via de sectorfederatie een betaalbaar vertrekpunt. Begin met maatregelen "
                        "die weinig kosten en snel renderen, zoals tijdschakelaars, zuinige "
                        "verlichting en een vaste controleronde bij het afsluiten van de "
                        "werkplaats. Zo ziet de zaakvoerder het verschil meteen op de "
                        "energiefactuur.</p>"
                    ),
                    "go": (
                        "<p>Grote en energie-intensieve bedrijven werken met een "
                        "energiezorgsysteem, een energiecoördinator en meerjarige doelstellingen, "
                        "bijvoorbeeld in het kader van het Vlaamse benchmarking- of "
                        "auditconvenant. Neem het klimaatbeleid op in het duurzaamheidsverslag, "
                        "bespreek het met de werknemersvertegenwoordigers en stel ook eisen aan de "
                        "energie-efficiëntie van leveranciers en van het wagenpark.</p>"
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": (
                        "Onze vakbondsafgevaardigden kenden de installaties beter dan wie ook. Hun "
                        "voorstellen brachten het eerste jaar meer op dan de dure studie die we "
                        "hadden besteld."
                    ),
                    "attribution": "Preventieadviseur in een metaalbedrijf",
                },
            ),
        ],
    },
    {
        "slug": "schone-kleren",
        "title": "Schone kleren",
        "summary": (
            "Werkkledij, uniformen en promotietextiel worden vaak gemaakt in omstandigheden die "
            "niet door de beugel kunnen. Als aankoper kunt u mee eerlijke arbeidsvoorwaarden "
            "afdwingen."
        ),
        "intro": (
            "Achter elke overall, veiligheidsjas of bedrukte T-shirt zit een productieketen die "
            "vaak tot in Azië, Noord-Afrika of Oost-Europa reikt. Schone kleren staat voor kledij "
            "die gemaakt is met respect voor de fundamentele arbeidsnormen: geen kinderarbeid, "
            "geen dwangarbeid, geen discriminatie, vrijheid van vakvereniging, een leefbaar loon "
            "en veilige werkomstandigheden."
        ),
        "body": [
            ("heading", "Waar gaat het om?"),
            (
                "paragraph",
                (
                    "<p>Bedrijven, overheden en organisaties kopen samen grote hoeveelheden "
                    "bedrijfskledij aan. Die koopkracht is een hefboom. Wie bij de aankoop vraagt "
                    "naar de arbeidsomstandigheden bij de producent en dat in het contract "
                    "opneemt, zet de leverancier ertoe aan de fundamentele arbeidsnormen van de "
                    "Internationale Arbeidsorganisatie (IAO) na te leven.</p>"
                ),
            ),
            ("heading", "Eerste stappen voor de aankoper"),
            (
                "paragraph",
                (
                    "<ul><li>Vraag uw leverancier waar en door wie uw bedrijfskledij gemaakt "
                    "wordt.</li><li>Neem een gedragscode op in het bestek of de bestelbon, "
                    "gebaseerd op de kernarbeidsnormen van de IAO.</li><li>Vraag hoe de "
                    "leverancier de naleving controleert en geef de voorkeur aan leveranciers die "
                    "onafhankelijke controle toelaten.</li><li>Informeer uw medewerkers: zij "
                    "dragen de kledij elke dag.</li></ul>"
                ),
            ),
            (
                "ko_go",
                {
                    "shared": (
                        "<p>U hoeft niet alles in één keer te regelen. Wat telt, is dat u de vraag "
                        "stelt, uw leverancier aanspreekt op verbeteringen en die vraag bij elke "
                        "nieuwe bestelling herhaalt.</p>"
                    ),
                    "ko": (
                        "<p>Een kmo bestelt vaak kleine hoeveelheden bij een plaatselijke verdeler "
                        "en weegt weinig tegenover de fabrikant. Sluit daarom aan bij een "
                        "gezamenlijke aanpak, bijvoorbeeld via uw sectorfederatie of samen met "
                        "andere bedrijven, en kies bij gelijke prijs bewust voor een leverancier "
                        "die open is over zijn productie.</p>"
                    ),
                    "go": (
                        "<p>Een grote organisatie kan de naleving van een gedragscode contractueel "
                        "vastleggen, audits eisen en een verbeterplan met de leverancier "
                        "afspreken. Betrek de ondernemingsraad en de vakbondsafvaardiging bij de "
                        "keuze van de kledij en rapporteer over het aandeel aankopen dat aan de "
                        "code voldoet.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "diversiteit",
        "title": "Diversiteit",
        "summary": (
            "Een divers personeelsbestand weerspiegelt de samenleving en de klanten. "
            "Diversiteitsbeleid zorgt voor gelijke kansen, ongeacht afkomst, leeftijd, geslacht of "
            "handicap."
        ),
        "intro": (
            "De Vlaamse arbeidsmarkt verandert: de bevolking vergrijst, de instroom wordt diverser "
            "en in veel sectoren is het moeilijk om geschikte mensen te vinden. Wie aanwerft en "
            "loopbanen uitbouwt op basis van competenties in plaats van vooroordelen, vergroot de "
            "vijver waarin hij vist en geeft kansen aan groepen die vandaag te weinig aan bod "
            "komen."
        ),
        "body": [
            ("heading", "Gelijke kansen in de praktijk"),
            (
                "paragraph",
                (
                    "<p>Diversiteitsbeleid gaat over werving en selectie, onthaal, opleiding, "
                    "loopbaan en werksfeer. Het richt zich in het bijzonder op kansengroepen: "
                    "mensen van allochtone afkomst, oudere werknemers, personen met een "
                    "arbeidshandicap, laaggeschoolden en vrouwen in functies waar ze "
                    "ondervertegenwoordigd zijn.</p>"
                    "<p>In Vlaanderen kunnen organisaties die een diversiteitsplan opstellen, "
                    "rekenen op de steun van diversiteitsconsulenten. Zij helpen bij de analyse en "
                    "bij het uitwerken van concrete acties.</p>"
                ),
            ),
            (
                "ko_go",
                {
                    "shared": (
                        "<p>Begin met een eerlijke blik op uw eigen organisatie: wie werkt er "
                        "vandaag, wie solliciteert er en wie niet? Kijk vervolgens naar de "
                        "drempels in uw vacatures, uw selectieprocedures en uw onthaal, en pak ze "
                        "stap voor stap aan.</p>"
                    ),
                    "ko": (
                        "<p>Een kmo heeft geen diversiteitsmanager, maar de zaakvoerder bepaalt "
                        "wel rechtstreeks wie er binnenkomt. Schrijf vacatures in heldere taal, "
                        "laat kandidaten een dag meedraaien in plaats van enkel op het cv te "
                        "selecteren en zorg voor een peter of meter die een nieuwe collega wegwijs "
                        "maakt.</p>"
                    ),
                    "go": (
                        "<p>Een grote organisatie verankert diversiteit in haar beleid: met "
                        "streefcijfers, neutrale selectieprocedures, opleiding voor "
                        "leidinggevenden en een meldpunt voor discriminatie. Werk een "
                        "diversiteitsplan uit in overleg met de ondernemingsraad en de "
                        "vakbondsafvaardiging en volg de cijfers op in de sociale rapportering.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "werkend-leren",
        "title": "Werkend leren",
        "summary": (
            "Jongeren leren een beroep het best op de werkvloer. Ondernemingen die leerplekken "
            "aanbieden, investeren in hun toekomstige medewerkers en in de arbeidsmarkt van hun "
            "regio."
        ),
        "intro": (
            "Werkend leren combineert een opleiding op school of in een centrum met echte "
            "werkervaring in een onderneming. Voor jongeren die op de schoolbanken weinig "
            "gemotiveerd zijn, is het vaak de beste weg naar een kwalificatie en een job. Voor "
            "bedrijven is het een manier om zelf mee te bepalen welke competenties nieuwe "
            "medewerkers meebrengen."
        ),
        "body": [
            ("heading", "Leren in de onderneming"),
            (
                "paragraph",
                (
                    "<p>Vlaanderen kent verschillende vormen van werkend leren: deeltijds leren en "
                    "werken, de leertijd, stages en alternerende opleidingen. In Duitsland is het "
                    "<em>duale systeem</em>, waarbij het grootste deel van de opleiding in het "
                    "bedrijf plaatsvindt, de gewone weg naar een beroep. Daar valt veel van te "
                    "leren.</p>"
                    "<p>Werkend leren vraagt engagement van de onderneming: een leerplek met echte "
                    "taken, een mentor die tijd maakt voor begeleiding en overleg met de school of "
                    "het opleidingscentrum.</p>"
                ),
            ),
            ("heading", "Hoe begint u?"),
            (
                "paragraph",
                (
                    "<ul><li>Bepaal voor welke functies u een leerplek kunt aanbieden en welke "
                    "taken de jongere mag uitvoeren.</li><li>Duid een ervaren medewerker aan als "
                    "mentor en geef hem of haar tijd voor de begeleiding.</li><li>Neem contact op "
                    "met een school, een centrum voor deeltijds onderwijs of de VDAB om de "
                    "opleiding op elkaar af te stemmen.</li></ul>"
                ),
            ),
            (
                "ko_go",
                {
                    "shared": (
                        "<p>Een goede leerplek steunt op duidelijke afspraken: wat leert de "
                        "jongere op school, wat in het bedrijf, en hoe volgen school, mentor en "
                        "jongere samen de vorderingen op?</p>"
                    ),
                    "ko": (
                        "<p>In een kmo is de zaakvoerder of een ervaren vakman vaak zelf de "
                        "mentor. Begin met één jongere en maak gebruik van de begeleiding die "
                        "scholen en de VDAB aanbieden. Veel kleine bedrijven vinden zo hun vaste "
                        "medewerkers van morgen.</p>"
                    ),
                    "go": (
                        "<p>Een grote organisatie kan een structureel leerplekkenbeleid uitbouwen, "
                        "met opgeleide mentoren, vaste samenwerkingsverbanden met scholen en "
                        "doorstroming naar vaste contracten. Neem het engagement op in het "
                        "opleidingsplan en informeer de ondernemingsraad over het aantal "
                        "leerplekken en de resultaten.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "duurzaamheidsscan-voor-kmos",
        "title": "Duurzaamheidsscan voor kmo's",
        "summary": (
            "Een duurzaamheidsscan toont in korte tijd waar uw kmo staat op het vlak van mens, "
            "milieu en economie, en welke verbeteringen het meest opleveren."
        ),
        "intro": (
            "Veel kleine ondernemingen doen al meer aan maatschappelijk verantwoord ondernemen dan "
            "ze zelf beseffen, maar missen het overzicht. Een duurzaamheidsscan brengt de sterke "
            "punten en de werkpunten van uw bedrijf systematisch in kaart en vormt de basis voor "
            "een duurzaamheidsplan op maat."
        ),
        "body": [
            ("heading", "Wat meet de scan?"),
            (
                "paragraph",
                (
                    "<p>Een duurzaamheidsscan overloopt de drie dimensies van duurzaam ondernemen: "
                    "de mensen (arbeidsomstandigheden, opleiding, overleg), het milieu (energie, "
                    "afval, grondstoffen, mobiliteit) en de economische kant (klanten, "
                    "leveranciers, de band met de buurt). Met een vragenlijst en een gesprek met "
                    "de zaakvoerder en enkele medewerkers ontstaat een helder beeld.</p>"
                ),
            ),
            ("heading", "Van scan naar plan"),
            (
                "paragraph",
                (
                    "<p>De scan is geen doel op zich. Op basis van de resultaten kiest u een "
                    "beperkt aantal acties, elk met een verantwoordelijke en een timing. Dat "
                    "<strong>duurzaamheidsplan</strong> stuurt u na een jaar bij. Wie dat samen "
                    "met andere ondernemers doet, leert van hun ervaringen en houdt de vaart "
                    "erin.</p>"
                ),
            ),
            (
                "ko_go",
                {
                    "shared": (
                        "<p>Een scan is het sterkst als hij eerlijk is: benoem wat goed gaat, maar "
                        "ook wat beter kan. Betrek de medewerkers bij de bevraging en deel de "
                        "resultaten met hen.</p>"
                    ),
                    "ko": (
                        "<p>De scan is op maat van kmo's gemaakt: hij vraagt een halve dag van de "
                        "zaakvoerder en levert een rapport op zonder vakjargon. Kies om te "
                        "beginnen hoogstens drie acties die u met eigen middelen kunt "
                        "uitvoeren.</p>"
                    ),
                    "go": (
                        "<p>Een grote organisatie kan de scan gebruiken als snelle nulmeting per "
                        "vestiging of afdeling, of om toeleveranciers uit de kmo-wereld te "
                        "ondersteunen. Zo wordt de scan een instrument in het ketenbeleid en helpt "
                        "de grote onderneming haar kleinere partners op weg.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "waarden-van-de-ondernemer",
        "title": "Waarden van de ondernemer",
        "summary": (
            "In een kmo begint maatschappelijk verantwoord ondernemen bij de ondernemer zelf: bij "
            "de waarden die hij of zij belangrijk vindt en die het bedrijf elke dag richting geven."
        ),
        "intro": (
            "Waarom bent u ondernemer geworden? Wat vindt u belangrijk in de omgang met uw "
            "klanten, uw medewerkers en uw omgeving? Wie die vragen eerlijk beantwoordt, ontdekt "
            "dat MVO geen modewoord is maar een verlengstuk van de eigen overtuigingen. De "
            "waardenschaal van de ondernemer is zo de basis voor alle andere MVO-thema's."
        ),
        "body": [
            ("heading", "MVO begint van binnenuit"),
            (
                "paragraph",
                (
                    "<p>Veel ondernemers handelen al verantwoord zonder het zo te noemen: ze "
                    "betalen hun leveranciers op tijd, investeren in het vakmanschap van hun "
                    "mensen, steunen de plaatselijke sportclub. Wie die waarden expliciet maakt, "
                    "krijgt een kompas voor moeilijke beslissingen en een verhaal dat klanten en "
                    "medewerkers begrijpen.</p>"
                    "<p>Een <strong>waardenschaal</strong> helpt daarbij: u rangschikt wat voor u "
                    "het zwaarst doorweegt, zoals eerlijkheid, vakmanschap, zorg voor mensen of "
                    "respect voor het milieu, en toetst uw dagelijkse werking daaraan.</p>"
                ),
            ),
            (
                "ko_go",
                {
                    "shared": (
                        "<p>Waarden worden pas geloofwaardig als ze zichtbaar zijn in concrete "
                        "keuzes: hoe u met een klacht omgaat, wie u aanwerft, bij wie u aankoopt. "
                        "Schrijf uw belangrijkste waarden op en bespreek ze met uw medewerkers.</p>"
                    ),
                    "ko": (
                        "<p>In een kmo valt de identiteit van het bedrijf grotendeels samen met "
                        "die van de ondernemer. De zaakvoerder is hier dus de sleutelfiguur: neem "
                        "een avond om uw waarden op papier te zetten en vertaal ze naar een agenda "
                        "met enkele concrete acties voor de komende maanden.</p>"
                    ),
                    "go": (
                        "<p>In een grote organisatie zijn de waarden van de oprichters vaak "
                        "vertaald in een missie of gedragscode. De uitdaging is ze levend te "
                        "houden: met leidinggevenden die het voorbeeld geven, met dialoog met de "
                        "medewerkers en hun vertegenwoordigers, en door beslissingen van het "
                        "directiecomité uitdrukkelijk aan de waarden te toetsen.</p>"
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": (
                        "MVO was voor mij eerst iets voor de grote bedrijven. Tot ik merkte dat ik "
                        "het al twintig jaar deed. Ik had er alleen nooit een naam voor."
                    ),
                    "attribution": "Zaakvoerder van een bouwbedrijf uit het Waasland",
                },
            ),
        ],
    },
    {
        "slug": "internationaal-ondernemen",
        "title": "Internationaal ondernemen",
        "summary": (
            "Wie exporteert, investeert of aankoopt in het buitenland, draagt ook daar "
            "verantwoordelijkheid voor mensenrechten, arbeidsomstandigheden, milieu en eerlijk "
            "zakendoen."
        ),
        "intro": (
            "Vlaanderen heeft een open economie: een groot deel van wat we produceren, gaat naar "
            "het buitenland, en veel van wat we aankopen komt van ver. Duurzaam internationaal "
            "ondernemen betekent dat u de normen die u hier vanzelfsprekend vindt, ook hanteert "
            "bij uw partners en vestigingen in het buitenland, met oog voor de plaatselijke "
            "context."
        ),
        "body": [
            ("heading", "Internationale referentiekaders"),
            (
                "paragraph",
                (
                    "<p>Verschillende internationale kaders bieden houvast: de "
                    "<strong>OESO-richtlijnen voor multinationale ondernemingen</strong>, de tien "
                    "principes van het <strong>Global Compact</strong> van de Verenigde Naties en "
                    "de kernarbeidsnormen van de Internationale Arbeidsorganisatie. Ze gaan over "
                    "mensenrechten, arbeid, milieu en de strijd tegen corruptie.</p>"
                    "<p>Ook buitenlandse klanten en investeerders vragen steeds vaker hoe een "
                    "Vlaamse leverancier met die thema's omgaat. MVO wordt zo een voorwaarde om "
                    "mee te dingen, en soms een troef die het verschil maakt.</p>"
                ),
            ),
            (
                "ko_go",
                {
                    "shared": (
                        "<p>Begin bij de landen en partners waar de risico's het grootst zijn. Ken "
                        "uw leveranciers en agenten, maak afspraken over arbeidsomstandigheden en "
                        "integriteit, en vraag raad aan wie het terrein kent, zoals de Vlaamse "
                        "economische vertegenwoordigers in het buitenland.</p>"
                    ),
                    "ko": (
                        "<p>Voor een exporterende kmo volstaat vaak een beperkte set afspraken: "
                        "een korte gedragscode voor agenten en verdelers, een duidelijke houding "
                        "tegenover smeergeld en de vraag aan leveranciers waar en hoe ze "
                        "produceren. Peil bij uw eerste exportstappen ook naar de verwachtingen "
                        "van uw buitenlandse klant.</p>"
                    ),
                    "go": (
                        "<p>Een grote onderneming met buitenlandse vestigingen of een wereldwijde "
                        "toeleveringsketen heeft een uitgeschreven beleid nodig, met een "
                        "risicoanalyse per land, audits bij leveranciers en een klachtenprocedure. "
                        "Rapporteer over de toepassing van de OESO-richtlijnen en betrek de "
                        "werknemersvertegenwoordiging, bijvoorbeeld via de Europese "
                        "ondernemingsraad.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "duurzaam-veranderen",
        "title": "Duurzaam veranderen",
        "summary": (
            "Organisaties veranderen voortdurend. Duurzaam veranderen betekent dat u de "
            "medewerkers meeneemt, zodat de organisatie er sterker uitkomt in plaats van uitgeput."
        ),
        "intro": (
            "Nieuwe klanten, nieuwe technologie, reorganisaties, fusies: veranderen is voor elke "
            "organisatie dagelijkse kost. Te vaak wordt verandering van bovenaf opgelegd en haakt "
            "een deel van de medewerkers af. Duurzaam veranderen zoekt een aanpak die de "
            "betrokkenheid van medewerkers versterkt, het kritische denken in de organisatie "
            "bewaart en het veranderingsvermogen op lange termijn vergroot."
        ),
        "body": [
            ("heading", "Drie vragen die telkens terugkomen"),
            (
                "paragraph",
                (
                    "<p>In gesprekken met tientallen ondernemingen duiken steeds dezelfde "
                    "uitdagingen op:</p>"
                    "<ul><li>Hoe krijgen we medewerkers klantgericht en vraaggestuurd aan het "
                    "werk?</li><li>Welke rol speelt de HR-manager in een organisatie die "
                    "verandert?</li><li>Hoe creëren we betrokkenheid, zonder dat de zelfkritische "
                    "massa in de organisatie verdwijnt?</li></ul>"
                    "<p>Verandering wordt duurzaam als mensen begrijpen waarom ze nodig is, mee "
                    "kunnen denken over het hoe en de ruimte krijgen om te leren. Kritische "
                    "stemmen zijn daarbij geen hinderpaal maar een bron van informatie: ze tonen "
                    "waar de plannen wringen met de praktijk.</p>"
                ),
            ),
            (
                "ko_go",
                {
                    "shared": (
                        "<p>Leer van organisaties die voor gelijkaardige uitdagingen staan. Bezoek "
                        "elkaars werkvloer, wissel ervaringen uit en durf ook de mislukkingen te "
                        "bespreken.</p>"
                    ),
                    "ko": (
                        "<p>In een kmo zijn de lijnen kort en kan de zaakvoerder een verandering "
                        "rechtstreeks met de medewerkers bespreken. Dat is een troef, maar ook een "
                        "valkuil: wie alles zelf beslist, mist de ideeën en bedenkingen van zijn "
                        "mensen. Plan daarom vaste momenten waarop medewerkers hun mening kwijt "
                        "kunnen.</p>"
                    ),
                    "go": (
                        "<p>In een grote organisatie moet een verandering door verschillende lagen "
                        "heen. De HR-manager speelt een sleutelrol, als partner van de directie en "
                        "als bewaker van het sociaal overleg. Betrek de ondernemingsraad vroeg, "
                        "investeer in leidinggevenden die verandering kunnen begeleiden en meet de "
                        "betrokkenheid van de medewerkers op geregelde tijdstippen.</p>"
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": (
                        "Toen we onze kritische medewerkers mee aan tafel vroegen in plaats van ze "
                        "te omzeilen, kwam de reorganisatie trager op gang. Maar daarna liep ze "
                        "veel vlotter."
                    ),
                    "attribution": "HR-manager van een dienstverlenende organisatie",
                },
            ),
        ],
    },
]


# The seven learning networks and the mainstream team (the eighth network), each
# with its projects per theme. Coordinators as in the seeds; contact details are
# fictional.
NETWORKS: list[dict[str, Any]] = [
    # --- TRACER -----------------------------------------------------------------------------------
    {
        "slug": "tracer",
        "title": "TRACER",
        "short_name": "TRACER",
        "aim": (
            "TRACER stimuleert werkend leren voor jongeren in de provincie Antwerpen, samen met "
            "ondernemingen die jongeren een leer- en werkplek aanbieden."
        ),
        "intro": (
            "Het lerend netwerk TRACER brengt Antwerpse ondernemingen, opleidingsverstrekkers en "
            "de VDAB samen rond één doel: meer jongeren laten leren op de werkvloer. Bedrijven uit "
            "verschillende sectoren engageren zich om jongeren een leerplek te bieden, en een kern "
            "van voortrekkers deelt zijn ervaring met andere ondernemingen."
        ),
        "body": [
            ("heading", "Wat doet TRACER?"),
            (
                "paragraph",
                (
                    "<p>Werkend leren is voor veel jongeren de beste weg naar een kwalificatie en "
                    "een duurzame job. TRACER wil die weg in de provincie Antwerpen breder "
                    "openzetten. Voor <strong>105 jongeren</strong> zijn er al engagementen van "
                    "Antwerpse ondernemingen, in verschillende sectoren en functies.</p>"
                    "<p>De acties zijn ingeschreven in het jeugdactieplan. Samen met de VDAB "
                    "worden de competenties van elke jongere gescreend, waarna een "
                    "opleidingstraject op maat wordt uitgestippeld.</p>"
                ),
            ),
            (
                "ko_go",
                {
                    "shared": (
                        "<p>TRACER richt zich tot elke onderneming die een jongere een kans wil "
                        "geven. Een vijftal bedrijven treedt op als voortrekker: zij tonen hoe "
                        "werkend leren in de praktijk loopt en helpen andere bedrijven op weg.</p>"
                    ),
                    "ko": (
                        "<p>Voor een kmo is één leerplek al een waardevolle stap. TRACER helpt bij "
                        "de afstemming met de opleidingsverstrekker en de VDAB, zodat de "
                        "zaakvoerder zich kan concentreren op de begeleiding op de werkvloer.</p>"
                    ),
                    "go": (
                        "<p>Grote ondernemingen kunnen leerplekken in verschillende afdelingen "
                        "aanbieden en hun ervaring als voortrekker delen. TRACER werkt voor hen "
                        "een benchmark uit om hun aanpak te vergelijken met die van andere "
                        "bedrijven.</p>"
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": (
                        "Ondernemingen willen graag weten waar ze staan ten opzichte van andere "
                        "bedrijven. Die vraag naar benchmarking nemen we mee in de verdere uitbouw "
                        "van het netwerk."
                    ),
                    "attribution": "Lerend netwerk TRACER",
                },
            ),
        ],
        "coordinator_name": "Kris Van Herpe",
        "coordinator_role": "Coördinator lerend netwerk",
        "contact_email": "kris.vanherpe@example.org",
        "contact_phone": "+32 3 000 00 11",
        "address": "Lerend netwerk TRACER\nScheldestraat 12\n2000 Antwerpen",
        "website": "https://example.org/tracer",
        "themes": ["werkend-leren", "competentiemanagement"],
        "projects": [
            {
                "slug": "werkend-leren-voor-jongeren-provincie-antwerpen",
                "title": "Werkend leren voor jongeren in de provincie Antwerpen",
                "summary": (
                    "Antwerpse ondernemingen engageren zich om 105 jongeren een leerplek te "
                    "bieden. Na een competentiescreening met de VDAB volgt elke jongere een "
                    "opleidingstraject op maat."
                ),
                "intro": (
                    "Het kernproject van TRACER koppelt jongeren die werkend willen leren aan "
                    "ondernemingen die hen een plek op de werkvloer bieden. De acties maken deel "
                    "uit van het jeugdactieplan."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Ondernemingen uit verschillende sectoren hebben zich geëngageerd "
                            "om samen <strong>105 jongeren</strong> een leer- en werkplek te "
                            "bieden, in uiteenlopende functies. Elke jongere doorloopt eerst een "
                            "screening op competenties in samenwerking met de VDAB. Op basis "
                            "daarvan wordt een opleidingstraject uitgestippeld dat aansluit bij de "
                            "noden van de onderneming en de mogelijkheden van de jongere.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>De onderneming biedt een leerplek met echte taken en een "
                                "mentor; de VDAB en de opleidingsverstrekker zorgen voor de "
                                "screening en het opleidingsgedeelte. TRACER bewaakt de afstemming "
                                "tussen beide.</p>"
                            ),
                            "ko": (
                                "<p>Kleine bedrijven nemen meestal één jongere op. De zaakvoerder "
                                "of een ervaren vakman begeleidt, en TRACER neemt de contacten met "
                                "de VDAB en de administratie zoveel mogelijk uit handen.</p>"
                            ),
                            "go": (
                                "<p>Grotere ondernemingen bieden plaatsen in verschillende "
                                "afdelingen of functies aan, werken met opgeleide mentoren en "
                                "koppelen het traject aan hun eigen werving, zodat jongeren na hun "
                                "opleiding kunnen doorstromen.</p>"
                            ),
                        },
                    ),
                ],
                "themes": ["werkend-leren", "competentiemanagement"],
            },
            {
                "slug": "delegatie-naar-berlijn-duale-systeem",
                "title": "Delegatie naar Berlijn: het duale systeem",
                "summary": (
                    "Met steun van het Leonardo da Vinci-Agentschap trekt een delegatie eind maart "
                    "2006 naar Berlijn om het Duitse duale systeem van dichtbij te leren kennen en "
                    "uit te dragen."
                ),
                "intro": (
                    "In Duitsland leren jongeren een beroep vooral in de onderneming, aangevuld "
                    "met lessen op school. TRACER wil dat duale systeem beter leren kennen en het "
                    "in Vlaanderen uitdragen."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Het Leonardo da Vinci-Agentschap betoelaagt een delegatie van "
                            "TRACER naar Berlijn, eind maart 2006. De deelnemers bezoeken "
                            "bedrijven, beroepsscholen en de kamers die in Duitsland samen de "
                            "opleiding van leerlingen organiseren. Hun bevindingen worden gedeeld "
                            "met de partners van het netwerk en met de andere lerende "
                            "netwerken.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>Het duale systeem toont hoe bedrijven, scholen en sectoren "
                                "samen verantwoordelijkheid opnemen voor de opleiding van "
                                "jongeren. Die gedeelde verantwoordelijkheid is ook de kern van "
                                "TRACER.</p>"
                            ),
                            "ko": (
                                "<p>In Duitsland leiden ook veel kleine ambachtelijke bedrijven "
                                "leerlingen op, gesteund door hun beroepsorganisatie. Dat model is "
                                "interessant voor Vlaamse kmo's die alleen te klein zijn om een "
                                "volledig opleidingstraject te dragen.</p>"
                            ),
                            "go": (
                                "<p>Grote Duitse ondernemingen hebben eigen opleidingsafdelingen "
                                "en opleidingsmeesters. De delegatie bekijkt welke elementen "
                                "daarvan grote Vlaamse bedrijven kunnen overnemen.</p>"
                            ),
                        },
                    ),
                ],
                "themes": ["werkend-leren"],
            },
            {
                "slug": "benchmark-voor-voortrekkers",
                "title": "Benchmark voor voortrekkers",
                "summary": (
                    "Een vijftal bedrijven trekt de kar binnen TRACER. Omdat ondernemingen graag "
                    "willen weten waar ze staan, werkt het netwerk aan een benchmark rond werkend "
                    "leren."
                ),
                "intro": (
                    "Ondernemingen vragen om zich te kunnen vergelijken met andere bedrijven. "
                    "TRACER speelt daarop in met een benchmark, opgebouwd uit de ervaringen van de "
                    "voortrekkers."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Een vijftal ondernemingen functioneert binnen TRACER als "
                            "<strong>voortrekker</strong>. Ze delen hun ervaring met de "
                            "begeleiding van jongeren en tonen andere bedrijven hoe werkend leren "
                            "in de praktijk verloopt. Tegelijk stelt het netwerk vast dat "
                            "ondernemingen graag willen <em>benchmarken</em>: vergelijken waar ze "
                            "zelf staan ten opzichte van andere bedrijven.</p>"
                            "<p>Op basis van de praktijk van de voortrekkers werkt TRACER daarom "
                            "een eenvoudige benchmark uit, met indicatoren zoals het aantal "
                            "leerplekken, de begeleiding door mentoren en de doorstroming naar een "
                            "vaste job.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>De benchmark is geen rangschikking maar een spiegel: elke "
                                "onderneming ziet waar ze sterk staat en waar ze van anderen kan "
                                "leren.</p>"
                            ),
                            "ko": (
                                "<p>Voor een kmo telt vooral de kwaliteit van de begeleiding, niet "
                                "het aantal leerplekken. De benchmark houdt daar rekening mee, "
                                "zodat kleine bedrijven zich eerlijk kunnen vergelijken.</p>"
                            ),
                            "go": (
                                "<p>Grote ondernemingen kunnen de benchmark per vestiging of "
                                "afdeling invullen en de resultaten opnemen in hun sociale "
                                "rapportering.</p>"
                            ),
                        },
                    ),
                ],
                "themes": ["werkend-leren", "competentiemanagement"],
            },
        ],
    },
    # --- DIAMOND ----------------------------------------------------------------------------------
    {
        "slug": "diamond",
        "title": "DIAMOND",
        "short_name": "DIAMOND",
        "aim": (
            "DIAMOND brengt maatschappelijk verantwoord ondernemen via de vakbondswerking op de "
            "werkvloer, met negen thematische modules voor werknemersvertegenwoordigers."
        ),
        "intro": (
            "DIAMOND werkt met negen thematische modules, waarvan er zeven al lopen. Via de eigen "
            "kanalen van de vakbonden, zoals websites, brochures, artikels in de vakbondspers, "
            "studiedagen en informatiedagen, bereikt het netwerk werknemersvertegenwoordigers in "
            "heel Vlaanderen. In een volgende fase verbreedt DIAMOND zijn werking, onder meer naar "
            "de RESOC's."
        ),
        "body": [
            ("heading", "Negen modules, zeven in uitvoering"),
            (
                "paragraph",
                (
                    "<p>Van de negen geplande modules zijn er zeven van start gegaan: pendelplan "
                    "en mobiliteit, milieuverslaggeving, gezinsvriendelijkheid, competenties, "
                    "klimaatbeleid, de campagne schone bedrijfskleren en diversiteit. Per module "
                    "past DIAMOND websites en brochures aan, verschijnen er artikels in de eigen "
                    "perskanalen en worden studiedagen en informatiesessies georganiseerd.</p>"
                ),
            ),
            (
                "ko_go",
                {
                    "shared": (
                        "<p>De modules geven werknemersvertegenwoordigers concrete handvatten om "
                        "MVO-thema's aan te kaarten in het overleg met de werkgever. Elke module "
                        "vertrekt van een herkenbaar thema op de werkvloer.</p>"
                    ),
                    "ko": (
                        "<p>In veel kmo's is er geen ondernemingsraad of vakbondsafvaardiging. "
                        "DIAMOND zorgt daarom voor eenvoudige instrumenten, zoals checklists en "
                        "brochures, die ook een enkele afgevaardigde of een betrokken medewerker "
                        "kan gebruiken in een gesprek met de zaakvoerder.</p>"
                    ),
                    "go": (
                        "<p>In grote ondernemingen vinden de modules hun weg naar de "
                        "ondernemingsraad, het comité voor preventie en bescherming op het werk en "
                        "de vakbondsafvaardiging. Daar kunnen thema's als mobiliteit, milieu en "
                        "diversiteit structureel op de agenda komen.</p>"
                    ),
                },
            ),
            ("heading", "Verbreden"),
            (
                "paragraph",
                (
                    "<p>DIAMOND zet vooral in op verbreding: de modules moeten zoveel mogelijk "
                    "werknemersvertegenwoordigers bereiken. In het najaar wil het netwerk ook de "
                    "RESOC's, de regionale sociaal-economische overlegcomités, overtuigen om de "
                    "thema's mee op te nemen.</p>"
                ),
            ),
        ],
        "coordinator_name": "Guy Van Gyes",
        "coordinator_role": "Coördinator lerend netwerk",
        "contact_email": "guy.vangyes@example.org",
        "contact_phone": "+32 16 00 00 12",
        "address": "Lerend netwerk DIAMOND\nTiensevest 80\n3000 Leuven",
        "website": "https://example.org/diamond",
        "themes": [
            "mobiliteit-en-woon-werkverkeer",
            "milieurapportering",
            "gezinsvriendelijk-ondernemen",
            "competentiemanagement",
            "klimaatbeleid",
            "schone-kleren",
            "diversiteit",
        ],
        "projects": [
            {
                "slug": "pendelplan-en-mobiliteit",
                "title": "Pendelplan en mobiliteit",
                "summary": (
                    "Een module over woon-werkverkeer die werknemersvertegenwoordigers helpt om "
                    "een pendelplan op de agenda te zetten, met een studiedag rond mobiliteit."
                ),
                "intro": (
                    "Woon-werkverkeer raakt elke werknemer. De module pendelplan sluit aan bij het "
                    "beleid van Vlaams minister van Mobiliteit Kathleen Van Brempt en vertaalt het "
                    "naar de werkvloer."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>De module reikt werknemersvertegenwoordigers informatie en "
                            "instrumenten aan om het woon-werkverkeer in hun onderneming "
                            "bespreekbaar te maken: hoe komen collega's naar het werk, welke "
                            "alternatieven zijn er en welke afspraken kan de onderneming maken? "
                            "Een studiedag rond mobiliteit brengt vakbondsmensen, bedrijven en "
                            "mobiliteitsdeskundigen samen.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>Een pendelplan begint met een bevraging van de medewerkers en "
                                "leidt tot concrete maatregelen rond fiets, openbaar vervoer, "
                                "carpoolen en werktijden.</p>"
                            ),
                            "ko": (
                                "<p>In een kmo zonder vakbondsafvaardiging kan een betrokken "
                                "medewerker met de checklist uit de module het gesprek met de "
                                "zaakvoerder aangaan. Vaak volstaan enkele eenvoudige maatregelen, "
                                "zoals een fietsvergoeding of een carpoolregeling.</p>"
                            ),
                            "go": (
                                "<p>In grote ondernemingen hoort het pendelplan thuis in de "
                                "ondernemingsraad. De module helpt afgevaardigden om gegevens op "
                                "te vragen, voorstellen te formuleren en de uitvoering op te "
                                "volgen.</p>"
                            ),
                        },
                    ),
                ],
                "themes": ["mobiliteit-en-woon-werkverkeer"],
            },
            {
                "slug": "milieuverslaggeving",
                "title": "Milieuverslaggeving",
                "summary": (
                    "Werknemersvertegenwoordigers leren milieuverslagen lezen en gebruiken in het "
                    "overleg, zodat milieu een vast punt wordt op de agenda van de onderneming."
                ),
                "intro": (
                    "Veel ondernemingen verzamelen milieugegevens, maar die bereiken zelden de "
                    "werkvloer. De module milieuverslaggeving brengt daar verandering in."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>De module legt uit welke milieugegevens een onderneming bijhoudt, "
                            "hoe u een milieuverslag leest en welke vragen u kunt stellen over "
                            "energie, afval, emissies en gevaarlijke stoffen. Zo kunnen "
                            "werknemersvertegenwoordigers het milieubeleid van hun onderneming mee "
                            "opvolgen.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>Een milieuverslag wordt pas nuttig als het besproken wordt. De "
                                "module helpt om van cijfers tot concrete verbetervoorstellen te "
                                "komen.</p>"
                            ),
                            "ko": (
                                "<p>Kleine bedrijven hebben zelden een uitgebreid milieuverslag. "
                                "De module toont hoe u met enkele basisgegevens, zoals de facturen "
                                "voor energie en afval, toch een zinvol gesprek kunt voeren.</p>"
                            ),
                            "go": (
                                "<p>In grote ondernemingen kunnen afgevaardigden vragen om het "
                                "milieujaarverslag of het duurzaamheidsverslag toe te lichten in "
                                "de ondernemingsraad en in het comité voor preventie en "
                                "bescherming op het werk.</p>"
                            ),
                        },
                    ),
                ],
                "themes": ["milieurapportering"],
            },
            {
                "slug": "gezinsvriendelijkheid",
                "title": "Gezinsvriendelijkheid",
                "summary": (
                    "Met een checklist en een studiedag over de Family & Business Audit helpt "
                    "DIAMOND werknemersvertegenwoordigers om werk en gezin beter combineerbaar te "
                    "maken."
                ),
                "intro": (
                    "De module gezinsvriendelijkheid combineert een praktisch instrument, een "
                    "checklist die al ruim verspreid is, met verdieping op een studiedag over de "
                    "Family & Business Audit op 8 maart 2006."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>De <strong>checklist gezinsvriendelijkheid</strong> is verspreid "
                            "onder werknemersvertegenwoordigers. Ze overloopt werktijden, "
                            "verlofregelingen, opvang en bedrijfscultuur en helpt om knelpunten in "
                            "de eigen onderneming te benoemen. Op 8 maart 2006 volgt een studiedag "
                            "over de <em>Family &amp; Business Audit</em>, een instrument waarmee "
                            "ondernemingen hun gezinsvriendelijk beleid laten doorlichten en "
                            "verbeteren.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>Gezinsvriendelijkheid is geen luxe: het helpt medewerkers om "
                                "aan de slag te blijven en voorkomt verzuim en verloop.</p>"
                            ),
                            "ko": (
                                "<p>In een kmo kan de checklist de basis zijn voor een informeel "
                                "gesprek met de zaakvoerder over wat haalbaar is. Kleine "
                                "aanpassingen in het uurrooster maken vaak al een groot "
                                "verschil.</p>"
                            ),
                            "go": (
                                "<p>Grote ondernemingen kunnen hun beleid met de Family &amp; "
                                "Business Audit systematisch laten doorlichten. Afgevaardigden "
                                "kunnen in de ondernemingsraad voorstellen om zo'n audit uit te "
                                "voeren en de resultaten op te volgen.</p>"
                            ),
                        },
                    ),
                ],
                "themes": ["gezinsvriendelijk-ondernemen"],
            },
            {
                "slug": "competenties",
                "title": "Competenties",
                "summary": (
                    "Een module over competentieontwikkeling en levenslang leren, die uitmondt in "
                    "een studiedag half juni 2006."
                ),
                "intro": (
                    "Steeds meer ondernemingen voeren competentiemanagement in. De module "
                    "competenties helpt werknemersvertegenwoordigers om daarin een eigen, "
                    "constructieve rol te spelen."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Functieprofielen, ontwikkelingsgesprekken en opleidingsplannen: "
                            "competentiemanagement raakt aan de kern van het werk. De module zet "
                            "op een rij wat werknemers mogen verwachten, welke kansen "
                            "competentiemanagement biedt voor opleiding en loopbaan, en waar "
                            "waakzaamheid geboden is, bijvoorbeeld als competenties vooral als "
                            "beoordelingsinstrument worden gebruikt. Het werk mondt uit in een "
                            "studiedag half juni 2006.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>Een goed competentiebeleid geeft elke medewerker kansen om "
                                "zich te ontwikkelen, niet alleen wie al hoog opgeleid is.</p>"
                            ),
                            "ko": (
                                "<p>In kmo's verloopt competentieontwikkeling vaak informeel, op "
                                "de werkvloer. De module toont hoe u die informele leerkansen "
                                "zichtbaar maakt en erkent.</p>"
                            ),
                            "go": (
                                "<p>In grote ondernemingen gaat het om systemen die voor iedereen "
                                "gelden. Afgevaardigden kunnen in de ondernemingsraad mee de "
                                "spelregels bepalen, bijvoorbeeld over de koppeling tussen "
                                "competenties, evaluatie en verloning.</p>"
                            ),
                        },
                    ),
                ],
                "themes": ["competentiemanagement"],
            },
            {
                "slug": "klimaatbeleid-en-kyoto",
                "title": "Klimaatbeleid en Kyoto",
                "summary": (
                    "Studieavonden en een geactualiseerde brochure over Kyoto maken het "
                    "klimaatbeleid bespreekbaar in de onderneming."
                ),
                "intro": (
                    "Wat betekent het Kyotoprotocol voor uw onderneming en uw job? De module "
                    "klimaatbeleid vertaalt het internationale klimaatdebat naar de werkvloer."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Er zijn al twee studieavonden gepland waarop "
                            "werknemersvertegenwoordigers kennismaken met de klimaatproblematiek, "
                            "de Belgische Kyotodoelstelling en de gevolgen voor hun sector. "
                            "Daarnaast wordt de brochure over Kyoto geactualiseerd, met aandacht "
                            "voor energiebesparing in de onderneming en de rol die werknemers "
                            "daarin kunnen spelen.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>Klimaatbeleid is ook werkgelegenheidsbeleid: bedrijven die "
                                "zuinig met energie omspringen, staan sterker in de "
                                "concurrentie.</p>"
                            ),
                            "ko": (
                                "<p>In een kmo leveren eenvoudige besparingsmaatregelen snel "
                                "resultaat op. De brochure geeft voorbeelden die medewerkers zelf "
                                "kunnen voorstellen.</p>"
                            ),
                            "go": (
                                "<p>Voor grote, energie-intensieve bedrijven gaat het over "
                                "emissierechten, energieplannen en investeringen. Afgevaardigden "
                                "kunnen vragen om het klimaatbeleid geregeld in de "
                                "ondernemingsraad toe te lichten.</p>"
                            ),
                        },
                    ),
                ],
                "themes": ["klimaatbeleid"],
            },
            {
                "slug": "campagne-schone-bedrijfskleren",
                "title": "Campagne schone bedrijfskleren",
                "summary": (
                    "De campagne schone bedrijfskleren staat op poten: een website en affiches "
                    "zijn in de maak, met een informatiedag bij het ABVV in april en bij het ACV "
                    "in het najaar."
                ),
                "intro": (
                    "Werkkledij wordt vaak geproduceerd in landen waar de arbeidsrechten onder "
                    "druk staan. Met de campagne schone bedrijfskleren vraagt DIAMOND "
                    "werknemersvertegenwoordigers om mee te wegen op de aankoop van bedrijfskledij."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>De campagne <strong>schone bedrijfskleren</strong> staat op poten. "
                            "Er wordt gewerkt aan een eigen website en aan affiches. In april "
                            "organiseert het ABVV een informatiedag, in het najaar volgt het ACV. "
                            "Afgevaardigden leren er welke vragen ze kunnen stellen over de "
                            "herkomst van de werkkledij en hoe ze de naleving van de fundamentele "
                            "arbeidsnormen mee kunnen opvolgen.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>Wie werkkledij draagt, heeft ook iets te zeggen over hoe ze "
                                "gemaakt wordt. De campagne geeft werknemers een stem in die "
                                "keuze.</p>"
                            ),
                            "ko": (
                                "<p>Kmo's kopen hun werkkledij meestal via een verdeler. Een "
                                "eenvoudige vraag naar de herkomst en een gedragscode bij de "
                                "bestelling zijn een haalbare eerste stap.</p>"
                            ),
                            "go": (
                                "<p>Grote ondernemingen en openbare besturen kopen grote volumes "
                                "en kunnen sociale clausules in hun bestekken opnemen. De campagne "
                                "ondersteunt afgevaardigden om dat in het overleg voor te "
                                "stellen.</p>"
                            ),
                        },
                    ),
                ],
                "themes": ["schone-kleren"],
            },
            {
                "slug": "diversiteit-op-de-werkvloer",
                "title": "Diversiteit op de werkvloer",
                "summary": (
                    "Een module over gelijke kansen en diversiteit, complementair met het werk van "
                    "de diversiteitsconsulenten."
                ),
                "intro": (
                    "DIAMOND versterkt werknemersvertegenwoordigers om discriminatie aan te pakken "
                    "en diversiteit in hun onderneming te bevorderen, in aanvulling op de steun "
                    "van de diversiteitsconsulenten."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>De module diversiteit is complementair opgezet met het werk van de "
                            "diversiteitsconsulenten. Waar de consulenten ondernemingen begeleiden "
                            "bij het opstellen van een diversiteitsplan, richt DIAMOND zich op de "
                            "rol van de werknemersvertegenwoordigers: signalen van discriminatie "
                            "opvangen, collega's sensibiliseren en het diversiteitsplan mee vorm "
                            "geven en opvolgen.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>Een diversiteitsplan slaagt pas als het gedragen wordt op de "
                                "werkvloer. Daar spelen werknemersvertegenwoordigers een "
                                "sleutelrol.</p>"
                            ),
                            "ko": (
                                "<p>In een kleine onderneming speelt diversiteit zich vooral af in "
                                "de dagelijkse omgang. De module geeft tips om een nieuwe collega "
                                "goed op te vangen en vooroordelen bespreekbaar te maken.</p>"
                            ),
                            "go": (
                                "<p>In grote ondernemingen kunnen afgevaardigden aandringen op een "
                                "diversiteitsplan, mee de doelstellingen bepalen en de cijfers "
                                "opvolgen in de ondernemingsraad.</p>"
                            ),
                        },
                    ),
                ],
                "themes": ["diversiteit"],
            },
        ],
    },
    # --- COMPLEET ---------------------------------------------------------------------------------
    {
        "slug": "compleet",
        "title": "COMPLEET",
        "short_name": "COMPLEET",
        "aim": (
            "COMPLEET bundelt de MVO-instrumenten van zijn partners per thema en brengt ze naar "
            "ondernemingen in heel Vlaanderen, met roadshows en gratis begeleiding."
        ),
        "intro": (
            "COMPLEET brengt de instrumenten van zijn partners samen in één aanbod, geordend per "
            "thema en niet per partner. Zo vindt een onderneming snel het instrument dat bij haar "
            "vraag past. Na een geslaagde stand op de VOV-beurs trekt het netwerk in het voorjaar "
            "met zes roadshows door Vlaanderen en Brussel; vanaf het najaar kunnen ondernemingen "
            "gratis begeleiding krijgen."
        ),
        "body": [
            ("heading", "Eén aanbod, geordend per thema"),
            (
                "paragraph",
                (
                    "<p>Wie met MVO wil beginnen, verdrinkt vaak in het aanbod aan handleidingen, "
                    "scans en checklists. COMPLEET zet de instrumenten van alle partners op een "
                    "rij en ordent ze per thema. Op de VOV-beurs maakten <strong>1.200 "
                    "bezoekers</strong> kennis met het netwerk; wie aan de wedstrijd deelnam, "
                    "maakte kans op een begeleidingstraject.</p>"
                    "<p>Een mailing naar <strong>4.000 adressen</strong> kondigde de roadshows aan "
                    "en leverde al veel positieve reacties op.</p>"
                ),
            ),
            (
                "ko_go",
                {
                    "shared": (
                        "<p>Elk instrument wordt voorgesteld met een korte uitleg: voor welke "
                        "vraag is het bedoeld, hoeveel tijd vraagt het en wat levert het op?</p>"
                    ),
                    "ko": (
                        "<p>Voor kmo's selecteert COMPLEET instrumenten die bruikbaar zijn zonder "
                        "personeelsdienst of externe consultant. De zaakvoerder kan er zelf mee "
                        "aan de slag, en wie meer wil, kan vanaf het najaar gratis begeleiding "
                        "aanvragen.</p>"
                    ),
                    "go": (
                        "<p>Grote organisaties vinden in het aanbod ook instrumenten om MVO te "
                        "verankeren in hun beleid, hun rapportering en het overleg met de "
                        "ondernemingsraad, en om hun toeleveranciers mee op weg te zetten.</p>"
                    ),
                },
            ),
        ],
        "coordinator_name": "Griet Blieck",
        "coordinator_role": "Coördinator lerend netwerk",
        "contact_email": "griet.blieck@example.org",
        "contact_phone": "+32 15 00 00 13",
        "address": "Lerend netwerk COMPLEET\nDe Langhestraat 7\n2800 Mechelen",
        "website": "https://example.org/compleet",
        "themes": ["competentiemanagement", "diversiteit", "gezinsvriendelijk-ondernemen"],
        "projects": [
            {
                "slug": "roadshows-2006",
                "title": "Roadshows 2006",
                "summary": (
                    "Tussen maart en mei 2006 organiseert COMPLEET zes roadshows, één per "
                    "provincie en één in Brussel, telkens met een workshop en een voorstelling van "
                    "de instrumenten per thema."
                ),
                "intro": (
                    "De roadshows brengen het aanbod van COMPLEET dicht bij de ondernemingen. Elke "
                    "roadshow combineert een praktische workshop met een voorstelling van de "
                    "instrumenten, geordend per thema."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Van maart tot mei 2006 houdt COMPLEET halt in Antwerpen, Limburg, "
                            "Oost-Vlaanderen, West-Vlaanderen, Vlaams-Brabant en Brussel. Op elke "
                            "roadshow gaan de deelnemers in een workshop zelf aan de slag met een "
                            "instrument en krijgen ze een overzicht van het volledige aanbod, "
                            "voorgesteld per thema en niet per partner. De uitnodiging ging per "
                            "mailing naar 4.000 adressen.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>De roadshows staan open voor iedereen die in zijn organisatie "
                                "met MVO aan de slag wil.</p>"
                            ),
                            "ko": (
                                "<p>Voor zaakvoerders van kmo's zijn de roadshows een "
                                "laagdrempelige kennismaking: op één namiddag ziet u, dicht bij "
                                "huis, welke instrumenten bij uw bedrijf passen.</p>"
                            ),
                            "go": (
                                "<p>Voor personeelsverantwoordelijken, preventieadviseurs en "
                                "MVO-coördinatoren van grotere organisaties is de workshop een "
                                "kans om instrumenten uit te proberen en ervaringen uit te "
                                "wisselen met collega's uit andere bedrijven.</p>"
                            ),
                        },
                    ),
                ],
                "themes": ["competentiemanagement", "diversiteit", "gezinsvriendelijk-ondernemen"],
            },
            {
                "slug": "instrumenten-per-thema",
                "title": "Instrumenten per thema",
                "summary": (
                    "COMPLEET ordent de instrumenten van al zijn partners per thema, zodat een "
                    "onderneming vertrekt van haar eigen vraag en niet van de organisatie die het "
                    "instrument ontwikkelde."
                ),
                "intro": (
                    "Eén vraag, één overzicht: de instrumenten van de partners van COMPLEET worden "
                    "per thema voorgesteld, met een korte beschrijving en praktische informatie."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Elke partner van COMPLEET heeft in de loop der jaren eigen "
                            "instrumenten ontwikkeld: scans, handleidingen, checklists en "
                            "opleidingspakketten. Voor een onderneming is het niet altijd "
                            "duidelijk welk instrument bij welke vraag past. Daarom stelt COMPLEET "
                            "ze voor <strong>per thema en niet per partner</strong>. Bij elk "
                            "instrument staat voor wie het bedoeld is, hoeveel tijd het vraagt en "
                            "welke ondersteuning er beschikbaar is.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>Dezelfde termen worden gebruikt als in de themalijst van het "
                                "DKC MVO, zodat u een instrument ook via de thema's van deze "
                                "website terugvindt.</p>"
                            ),
                            "ko": (
                                "<p>Voor kmo's is aangeduid welke instrumenten de zaakvoerder zelf "
                                "kan invullen, zonder hulp van een personeelsdienst of "
                                "consultant.</p>"
                            ),
                            "go": (
                                "<p>Voor grote organisaties is aangeduid welke instrumenten "
                                "geschikt zijn om per afdeling of vestiging toe te passen en welke "
                                "aansluiten bij bestaande beleids- en rapporteringssystemen.</p>"
                            ),
                        },
                    ),
                ],
                "themes": ["competentiemanagement", "diversiteit", "gezinsvriendelijk-ondernemen"],
            },
            {
                "slug": "gratis-begeleiding",
                "title": "Gratis begeleiding",
                "summary": (
                    "Vanaf het najaar van 2006 kunnen ondernemingen gratis begeleiding krijgen om "
                    "met de instrumenten van COMPLEET aan de slag te gaan."
                ),
                "intro": (
                    "Een instrument kennen is één ding, het in de eigen organisatie invoeren is "
                    "iets anders. Daarom biedt COMPLEET vanaf het najaar gratis begeleiding aan."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Na de roadshows start COMPLEET in het najaar met een gratis "
                            "begeleidingsaanbod. Een begeleider helpt de onderneming een "
                            "instrument te kiezen, het toe te passen en de resultaten om te zetten "
                            "in concrete acties. Op de VOV-beurs konden bezoekers van de stand al "
                            "een begeleidingstraject winnen.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>De begeleiding vertrekt van de vraag van de onderneming en "
                                "wordt afgestemd op haar grootte en haar sector.</p>"
                            ),
                            "ko": (
                                "<p>In een kmo werkt de begeleider rechtstreeks met de zaakvoerder "
                                "en eventueel een of twee medewerkers. Het traject blijft beperkt "
                                "in tijd, zodat het naast het dagelijkse werk haalbaar is.</p>"
                            ),
                            "go": (
                                "<p>In een grote organisatie werkt de begeleider met een "
                                "projectgroep, bijvoorbeeld met de personeelsdienst en "
                                "werknemersvertegenwoordigers, en wordt het traject ingebed in het "
                                "bestaande beleid.</p>"
                            ),
                        },
                    ),
                ],
                "themes": ["competentiemanagement", "diversiteit", "gezinsvriendelijk-ondernemen"],
            },
        ],
    },
    # --- MCDO -------------------------------------------------------------------------------------
    {
        "slug": "mcdo",
        "title": "MCDO",
        "short_name": "MCDO",
        "aim": (
            "MCDO helpt kmo's om duurzaam te ondernemen, met een individuele duurzaamheidsscan en "
            "-plan en met collectieve groepssessies waarin ondernemers van elkaar leren."
        ),
        "intro": (
            "Het lerend netwerk MCDO combineert een individueel en een collectief traject voor "
            "kmo's. Elke deelnemende onderneming krijgt een duurzaamheidsscan en werkt een eigen "
            "duurzaamheidsplan uit; in groepssessies leren de ondernemers van elkaars aanpak. Het "
            "netwerk werft volop deelnemers."
        ),
        "body": [
            ("heading", "Individueel en collectief"),
            (
                "paragraph",
                (
                    "<p>Het project bestaat uit twee delen. <strong>Individueel</strong> krijgt "
                    "elke deelnemende kmo een duurzaamheidsscan, gevolgd door een "
                    "duurzaamheidsplan op maat en de uitvoering van de eerste acties. "
                    "<strong>Collectief</strong> komen de deelnemende bedrijven tien keer samen in "
                    "groepssessies om ervaringen uit te wisselen en samen thema's uit te "
                    "diepen.</p>"
                ),
            ),
            (
                "ko_go",
                {
                    "shared": (
                        "<p>Het traject is zo opgezet dat de onderneming na afloop zelfstandig "
                        "verder kan met haar duurzaamheidsplan.</p>"
                    ),
                    "ko": (
                        "<p>MCDO richt zich specifiek tot kmo's. De scan en het plan zijn "
                        "afgestemd op bedrijven zonder milieucoördinator of personeelsdienst: de "
                        "zaakvoerder is de eerste gesprekspartner en beslist mee welke acties "
                        "prioriteit krijgen.</p>"
                    ),
                    "go": (
                        "<p>Grote organisaties zijn geen rechtstreekse doelgroep, maar kunnen hun "
                        "kmo-toeleveranciers op het traject wijzen en zo duurzaamheid in hun keten "
                        "stimuleren.</p>"
                    ),
                },
            ),
            ("heading", "Werving"),
            (
                "paragraph",
                (
                    "<p>MCDO zit volop in de wervingsfase. Er is een mailing verstuurd en er zijn "
                    "persberichten verschenen. Op 6 maart staat duurzaam ondernemen centraal in "
                    "een infosessie van de VKW-reeks, op 8 maart wordt het project voorgesteld. De "
                    "collectieve bijeenkomsten starten op 24 april.</p>"
                ),
            ),
        ],
        "coordinator_name": "Ilse Laureyns",
        "coordinator_role": "Coördinator lerend netwerk",
        "contact_email": "ilse.laureyns@example.org",
        "contact_phone": "+32 56 00 00 14",
        "address": "Lerend netwerk MCDO\nLeiekaai 30\n8500 Kortrijk",
        "website": "https://example.org/mcdo",
        "themes": ["duurzaamheidsscan-voor-kmos", "milieurapportering"],
        "projects": [
            {
                "slug": "individuele-duurzaamheidsscans",
                "title": "Individuele duurzaamheidsscans",
                "summary": (
                    "Elke deelnemende kmo krijgt een duurzaamheidsscan en werkt op basis daarvan "
                    "een individueel duurzaamheidsplan uit, met acties die ook effectief worden "
                    "uitgevoerd."
                ),
                "intro": (
                    "De duurzaamheidsscan brengt in kaart waar de onderneming staat op het vlak "
                    "van mens, milieu en economie. Het duurzaamheidsplan zet die inzichten om in "
                    "acties."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Een begeleider van MCDO voert de scan uit in het bedrijf, in "
                            "gesprek met de zaakvoerder en enkele medewerkers. De resultaten "
                            "worden samen besproken en vertaald in een <strong>individueel "
                            "duurzaamheidsplan</strong>: een beperkt aantal prioritaire acties, "
                            "met een verantwoordelijke en een timing. MCDO ondersteunt de "
                            "onderneming ook bij de uitvoering van die acties.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>De scan is een momentopname. Wie hem na een jaar herhaalt, "
                                "ziet welke vooruitgang er geboekt is.</p>"
                            ),
                            "ko": (
                                "<p>De scan vraagt ongeveer een halve dag van de zaakvoerder. Het "
                                "rapport is kort en concreet, zodat het plan meteen bruikbaar "
                                "is.</p>"
                            ),
                            "go": (
                                "<p>Voor grotere kmo's met meerdere afdelingen kan de scan per "
                                "afdeling worden uitgevoerd, zodat de acties aansluiten bij de "
                                "verschillende werkvloeren.</p>"
                            ),
                        },
                    ),
                ],
                "themes": ["duurzaamheidsscan-voor-kmos", "milieurapportering"],
            },
            {
                "slug": "collectieve-groepssessies",
                "title": "Collectieve groepssessies",
                "summary": (
                    "Tien keer komen de deelnemende kmo's samen om ervaringen uit te wisselen en "
                    "thema's uit te diepen. De eerste bijeenkomst vindt plaats op 24 april 2006."
                ),
                "intro": (
                    "Ondernemers leren het meest van andere ondernemers. In de groepssessies van "
                    "MCDO delen de deelnemers hun aanpak, hun successen en hun struikelblokken."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Het collectieve deel van MCDO bestaat uit <strong>tien "
                            "groepssessies</strong> met alle deelnemende bedrijven, vanaf 24 april "
                            "2006. Elke sessie combineert een korte inhoudelijke inleiding op een "
                            "duurzaamheidsthema met een uitwisseling over de eigen "
                            "duurzaamheidsplannen. Wie vastloopt, krijgt raad van "
                            "collega-ondernemers die hetzelfde al hebben geprobeerd.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>De groepssessies zorgen ervoor dat het duurzaamheidsplan niet "
                                "in de schuif belandt: wie weet dat hij zijn vooruitgang in de "
                                "groep toelicht, houdt de vaart erin.</p>"
                            ),
                            "ko": (
                                "<p>Voor een zaakvoerder die er vaak alleen voor staat, is de "
                                "groep ook een klankbord. Dat is een meerwaarde die een "
                                "individueel advies niet biedt.</p>"
                            ),
                            "go": (
                                "<p>Waar grotere kmo's deelnemen, brengen zij ervaring mee met "
                                "beleidsinstrumenten en rapportering, waar de kleinere deelnemers "
                                "van kunnen leren.</p>"
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "In de groep hoorde ik hoe een collega zijn energiefactuur met een "
                                "vijfde verminderde. Twee weken later hadden wij hetzelfde gedaan."
                            ),
                            "attribution": "Deelnemende zaakvoerder, groepssessies MCDO",
                        },
                    ),
                ],
                "themes": ["duurzaamheidsscan-voor-kmos"],
            },
        ],
    },
    # --- Duurzaam Internationaal Ondernemen -------------------------------------------------------
    {
        "slug": "duurzaam-internationaal-ondernemen",
        "title": "Duurzaam Internationaal Ondernemen",
        "short_name": "DIO",
        "aim": (
            "Duurzaam Internationaal Ondernemen brengt MVO in de internationale handel, samen met "
            "de Vlaamse economische vertegenwoordigers in het buitenland en met exporterende "
            "bedrijven."
        ),
        "intro": (
            "Het lerend netwerk Duurzaam Internationaal Ondernemen kende een vliegende start op de "
            "Vlaamse Economische Diplomatieke Dagen van 9 en 10 januari 2006. Het netwerk werkt "
            "met de Vlaamse economische vertegenwoordigers (VLEV'ers) van Flanders Investment & "
            "Trade (FIT) en met exporterende ondernemingen, rond vier pijlers met telkens vier "
            "business cases."
        ),
        "body": [
            ("heading", "Een vliegende start"),
            (
                "paragraph",
                (
                    "<p>Op de Vlaamse Economische Diplomatieke Dagen legden alle aanwezige "
                    "VLEV'ers een 'examen' af: de <strong>nulmeting MVO</strong>. Daaruit blijkt "
                    "dat er bij deze doelgroep interesse is voor MVO en dat er ook concrete "
                    "ervaring aanwezig is, maar dat het 'abc' van MVO nog niet gekend is.</p>"
                    "<p>Het project kreeg input vanuit Europa en veel aandacht van verschillende "
                    "ministers, elk met eigen verwachtingen over het discours en de woordkeuze. "
                    "Met de krant De Tijd is een overeenkomst gesloten; er zijn ook contacten met "
                    "andere schrijvende pers en televisie.</p>"
                ),
            ),
            (
                "ko_go",
                {
                    "shared": (
                        "<p>Duurzaam internationaal ondernemen vraagt dat bedrijven de normen die "
                        "ze in Vlaanderen hanteren, ook in het buitenland toepassen, met oog voor "
                        "de plaatselijke context.</p>"
                    ),
                    "ko": (
                        "<p>Exporterende kmo's vinden bij het netwerk praktische handvatten, onder "
                        "meer tijdens de export- en contactdagen die samen met VOKA regionaal en "
                        "per thema worden georganiseerd.</p>"
                    ),
                    "go": (
                        "<p>Grote ondernemingen met buitenlandse vestigingen en een internationale "
                        "keten vinden inspiratie in de business cases, die tonen hoe MVO in de "
                        "internationale bedrijfsvoering wordt verankerd.</p>"
                    ),
                },
            ),
            ("heading", "Ook in het Engels"),
            (
                "paragraph",
                (
                    "<p>De VLEV'ers werken in het buitenland voor Vlaanderen en vragen daarom naar "
                    "Engelstalig materiaal. Het netwerk bekijkt met het ESF-Agentschap of binnen "
                    "het project een Engelstalige folder kan worden gemaakt.</p>"
                ),
            ),
        ],
        "coordinator_name": "Peter Wollaert",
        "coordinator_role": "Coördinator lerend netwerk",
        "contact_email": "peter.wollaert@example.org",
        "contact_phone": "+32 2 000 00 15",
        "address": (
            "Lerend netwerk Duurzaam Internationaal Ondernemen\nHandelskaai 18\n1000 Brussel"
        ),
        "website": "https://example.org/dio",
        "themes": ["internationaal-ondernemen"],
        "projects": [
            {
                "slug": "nulmeting-mvo-bij-de-vlevers",
                "title": "Nulmeting MVO bij de VLEV'ers",
                "summary": (
                    "Op de Vlaamse Economische Diplomatieke Dagen legden alle aanwezige VLEV'ers "
                    "een 'examen' af. Die nulmeting toont veel interesse en praktijkervaring, maar "
                    "weinig kennis van het abc van MVO."
                ),
                "intro": (
                    "Om te weten waar de Vlaamse economische vertegenwoordigers staan, startte het "
                    "netwerk met een nulmeting tijdens de Vlaamse Economische Diplomatieke Dagen."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Alle aanwezigen op de Vlaamse Economische Diplomatieke Dagen van 9 "
                            "en 10 januari 2006 vulden een korte toets in over MVO. De eerste "
                            "conclusie: de VLEV'ers zijn geïnteresseerd in MVO en hebben in hun "
                            "werk al concrete ervaring opgedaan, maar het 'abc' van MVO is nog "
                            "niet gekend. De resultaten worden samengevat en vormen het "
                            "vertrekpunt voor de sensibilisering van de FIT-medewerkers via een "
                            "extranet en een intranet.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>De VLEV'ers zijn voor veel bedrijven het eerste aanspreekpunt "
                                "in het buitenland. Wat zij over MVO weten, bepaalt mee welk "
                                "advies ondernemers krijgen.</p>"
                            ),
                            "ko": (
                                "<p>Kmo's die voor het eerst exporteren, leunen sterk op het "
                                "advies van de VLEV'ers. Met een betere kennis van MVO kunnen zij "
                                "deze bedrijven wijzen op risico's en kansen.</p>"
                            ),
                            "go": (
                                "<p>Grote ondernemingen hebben vaak een eigen MVO-beleid. Voor hen "
                                "zijn de VLEV'ers vooral een bron van kennis over de plaatselijke "
                                "context en over lokale partners.</p>"
                            ),
                        },
                    ),
                ],
                "themes": ["internationaal-ondernemen"],
            },
            {
                "slug": "vier-pijlers-met-business-cases",
                "title": "Vier pijlers met business cases",
                "summary": (
                    "Het netwerk deelt zijn werking op in vier pijlers en werkt voor elke pijler "
                    "vier business cases uit: zestien praktijkvoorbeelden van duurzaam "
                    "internationaal ondernemen."
                ),
                "intro": (
                    "Praktijkvoorbeelden overtuigen meer dan theorie. Daarom bouwt het netwerk "
                    "zijn inhoud op rond vier pijlers, elk met vier uitgewerkte business cases."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Voor elk van de vier pijlers beschrijft het netwerk vier "
                            "<strong>business cases</strong> van bedrijven die internationaal "
                            "actief zijn. Elke case toont welke uitdaging het bedrijf tegenkwam, "
                            "hoe het die aanpakte en wat het opleverde. De cases worden gebruikt "
                            "op de export- en contactdagen, in de communicatie naar de VLEV'ers en "
                            "in de pers.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>De cases zijn gekozen om verschillende sectoren, landen en "
                                "bedrijfsgroottes te tonen.</p>"
                            ),
                            "ko": (
                                "<p>Bij elke pijler is minstens één case van een kmo opgenomen, "
                                "zodat kleinere exporteurs zien wat voor hen haalbaar is.</p>"
                            ),
                            "go": (
                                "<p>De cases van grote ondernemingen tonen hoe MVO wordt verankerd "
                                "in beleid, ketenbeheer en rapportering over verschillende landen "
                                "heen.</p>"
                            ),
                        },
                    ),
                ],
                "themes": ["internationaal-ondernemen"],
            },
            {
                "slug": "export-en-contactdagen",
                "title": "Export- en contactdagen",
                "summary": (
                    "Samen met VOKA worden regionaal en per thema export- en contactdagen "
                    "georganiseerd, waarop het netwerk telkens vijf kwartier tot anderhalf uur "
                    "spreektijd krijgt."
                ),
                "intro": (
                    "Op de export- en contactdagen ontmoeten exporterende ondernemers elkaar en de "
                    "economische vertegenwoordigers. Duurzaam internationaal ondernemen krijgt er "
                    "een vaste plaats in het programma."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>De export- en contactdagen gaan door in samenwerking met VOKA, "
                            "regionaal en per thema. Het lerend netwerk krijgt op elke dag tussen "
                            "1 uur 15 en 1 uur 30 spreektijd om duurzaam internationaal ondernemen "
                            "voor te stellen, met business cases en concrete tips voor de "
                            "deelnemers.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>De sessies vertrekken van de vragen die exporteurs in de "
                                "praktijk krijgen van hun buitenlandse klanten en partners.</p>"
                            ),
                            "ko": (
                                "<p>Voor kmo's ligt de nadruk op eenvoudige afspraken met agenten, "
                                "verdelers en leveranciers en op de vragen die buitenlandse "
                                "klanten kunnen stellen.</p>"
                            ),
                            "go": (
                                "<p>Voor grote ondernemingen gaat het ook over gedragscodes, "
                                "audits in de keten en rapportering volgens internationale kaders "
                                "zoals de OESO-richtlijnen.</p>"
                            ),
                        },
                    ),
                ],
                "themes": ["internationaal-ondernemen"],
            },
            {
                "slug": "sensibilisering-fit-medewerkers",
                "title": "Sensibilisering van de FIT-medewerkers",
                "summary": (
                    "Via een extranet en een intranet maakt het netwerk de medewerkers van "
                    "Flanders Investment & Trade vertrouwd met MVO, in Vlaanderen en op de posten "
                    "in het buitenland."
                ),
                "intro": (
                    "Na de nulmeting start de sensibilisering van de FIT-medewerkers zelf. Een "
                    "extranet en een intranet maken informatie en praktijkvoorbeelden overal ter "
                    "wereld beschikbaar."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>De medewerkers van FIT werken verspreid over tientallen posten in "
                            "het buitenland. Een extranet en een intranet bieden hun de "
                            "basisinformatie over MVO, de business cases en antwoorden op "
                            "veelgestelde vragen van bedrijven. Omdat de VLEV'ers in het "
                            "buitenland voor Vlaanderen werken, is er een grote vraag naar "
                            "Engelstalig materiaal.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>Het doel is dat elke VLEV'er een ondernemer die met MVO-vragen "
                                "aanklopt, meteen op weg kan helpen.</p>"
                            ),
                            "ko": (
                                "<p>Kmo's stellen vaak basisvragen. Het extranet geeft de VLEV'ers "
                                "eenvoudige antwoorden en verwijzingen naar de lerende "
                                "netwerken.</p>"
                            ),
                            "go": (
                                "<p>Voor grote ondernemingen helpt het intranet de VLEV'ers om de "
                                "internationale kaders te kennen waarnaar deze bedrijven "
                                "verwijzen.</p>"
                            ),
                        },
                    ),
                ],
                "themes": ["internationaal-ondernemen"],
            },
        ],
    },
    # --- Duurzaam Veranderen ----------------------------------------------------------------------
    {
        "slug": "duurzaam-veranderen",
        "title": "Duurzaam Veranderen",
        "short_name": "Duurzaam Veranderen",
        "aim": (
            "Duurzaam Veranderen onderzoekt met organisaties hoe ze veranderingen kunnen aanpakken "
            "op een manier die medewerkers betrekt en de organisatie op lange termijn versterkt."
        ),
        "intro": (
            "Het lerend netwerk Duurzaam Veranderen vertrekt van de vragen die organisaties zelf "
            "stellen. Na bezoeken aan een dertigtal ondernemingen zijn die vragen gebundeld in "
            "drie hoofdthema's. Achttien organisaties wisselen er een jaar lang ervaringen over "
            "uit, verdeeld over drie groepen."
        ),
        "body": [
            ("heading", "Vertrekken van de praktijk"),
            (
                "paragraph",
                (
                    "<p>Het netwerk bezocht een dertigtal ondernemingen met de vraag met welke "
                    "veranderingen ze geconfronteerd worden en waar de uitdagingen liggen. Alle "
                    "antwoorden zijn gebundeld in drie hoofdthema's: hoe krijg je medewerkers "
                    "klantgericht en vraaggestuurd aan het werk, wat is de rol van de HR-manager, "
                    "en hoe creëer je betrokkenheid zonder dat de zelfkritische massa in de "
                    "organisatie verdwijnt?</p>"
                ),
            ),
            (
                "ko_go",
                {
                    "shared": (
                        "<p>De aanpak steunt op uitwisseling: organisaties bezoeken elkaar en "
                        "leren van elkaars oplossingen, maar ook van elkaars twijfels.</p>"
                    ),
                    "ko": (
                        "<p>Voor kleinere organisaties ligt de nadruk op de rol van de zaakvoerder "
                        "of directeur, die verandering vaak rechtstreeks met de medewerkers "
                        "bespreekt.</p>"
                    ),
                    "go": (
                        "<p>Voor grotere organisaties staan de rol van de HR-manager, de "
                        "middenkaderleden en het sociaal overleg centraal.</p>"
                    ),
                },
            ),
            ("heading", "Een methodiek om door te geven"),
            (
                "paragraph",
                (
                    "<p>Het netwerk zoekt hoe het zijn methodiek in een instrument kan gieten dat "
                    "andere organisaties, en ook de RESOC's, kunnen gebruiken. Succesverhalen uit "
                    "de deelnemende organisaties moeten de aanpak tastbaar maken.</p>"
                ),
            ),
        ],
        "coordinator_name": "Frank Rochus",
        "coordinator_role": "Coördinator lerend netwerk",
        "contact_email": "frank.rochus@example.org",
        "contact_phone": "+32 9 000 00 16",
        "address": "Lerend netwerk Duurzaam Veranderen\nCoupure Links 40\n9000 Gent",
        "website": "https://example.org/duurzaam-veranderen",
        "themes": ["duurzaam-veranderen", "competentiemanagement"],
        "projects": [
            {
                "slug": "bedrijfsbezoeken-en-drie-hoofdthemas",
                "title": "Bedrijfsbezoeken en drie hoofdthema's",
                "summary": (
                    "Een dertigtal ondernemingen vertelde met welke veranderingen ze worstelen. "
                    "Hun vragen zijn gebundeld in drie hoofdthema's die de rode draad van het "
                    "netwerk vormen."
                ),
                "intro": (
                    "Duurzaam Veranderen vertrekt niet van een theorie, maar van de vragen die "
                    "ondernemers en leidinggevenden zelf stellen."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Tijdens de bezoeken aan een dertigtal ondernemingen kwamen telkens "
                            "dezelfde vragen terug. Ze zijn gegroepeerd in drie hoofdthema's:</p>"
                            "<ul><li>Hoe krijgen ondernemers hun medewerkers klantgericht en "
                            "vraaggestuurd aan het werk?</li><li>Wat is de rol van de "
                            "HR-manager?</li><li>Hoe creëer je betrokkenheid, en zorg je er "
                            "tegelijk voor dat de zelfkritische massa in de organisatie niet "
                            "verdwijnt?</li></ul>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>De drie thema's gelden voor organisaties van elke omvang, maar "
                                "de antwoorden verschillen naargelang de grootte en de "
                                "structuur.</p>"
                            ),
                            "ko": (
                                "<p>In kleinere organisaties is er vaak geen HR-manager. De vraag "
                                "wordt dan: wie neemt die rol op, en hoe combineert de zaakvoerder "
                                "ze met al zijn andere taken?</p>"
                            ),
                            "go": (
                                "<p>In grote organisaties draait de vraag om de positie van de "
                                "HR-manager tussen directie, leidinggevenden en "
                                "werknemersvertegenwoordigers.</p>"
                            ),
                        },
                    ),
                ],
                "themes": ["duurzaam-veranderen", "competentiemanagement"],
            },
            {
                "slug": "ervaringsuitwisseling-in-drie-groepen",
                "title": "Ervaringsuitwisseling in drie groepen",
                "summary": (
                    "Achttien organisaties starten met een tweedaagse op 13 en 14 maart 2006 en "
                    "wisselen daarna een jaar lang ervaringen uit in drie groepen, onder meer via "
                    "bezoeken aan elkaars organisatie."
                ),
                "intro": (
                    "Leren van collega's die met dezelfde vragen worstelen: dat is de kern van de "
                    "ervaringsuitwisseling binnen Duurzaam Veranderen."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Op 13 en 14 maart 2006 komen <strong>achttien "
                            "organisaties</strong> samen voor een startende tweedaagse. Ze worden "
                            "verdeeld over drie groepen die gedurende een jaar ervaringen "
                            "uitwisselen, onder meer door bij elkaar op bezoek te gaan. Elke groep "
                            "kiest zijn eigen accenten binnen de drie hoofdthema's.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>De bezoeken aan elkaars werkvloer maken het verschil: "
                                "deelnemers zien hoe een andere organisatie een verandering in de "
                                "praktijk aanpakt.</p>"
                            ),
                            "ko": (
                                "<p>Voor deelnemers uit kleinere organisaties is de groep een "
                                "klankbord dat ze in hun eigen bedrijf missen.</p>"
                            ),
                            "go": (
                                "<p>Deelnemers uit grotere organisaties brengen ervaring mee met "
                                "veranderprojecten op grote schaal en leren van de wendbaarheid "
                                "van kleinere spelers.</p>"
                            ),
                        },
                    ),
                ],
                "themes": ["duurzaam-veranderen"],
            },
            {
                "slug": "methodiek-en-succesverhalen",
                "title": "Methodiek en succesverhalen",
                "summary": (
                    "Duurzaam Veranderen wil zijn werkwijze overdraagbaar maken, met een "
                    "instrument dat de methodiek uitlegt en met succesverhalen uit de deelnemende "
                    "organisaties."
                ),
                "intro": (
                    "Wat de achttien deelnemende organisaties leren, moet ook anderen helpen. "
                    "Daarom werkt het netwerk aan een instrument dat de methodiek toelicht."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Het netwerk onderzoekt hoe het de gebruikte methodiek helder kan "
                            "maken voor andere organisaties, onder meer de RESOC's. Succesverhalen "
                            "van deelnemers moeten tonen wat duurzaam veranderen in de praktijk "
                            "oplevert, en waar de valkuilen liggen.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>Een goed instrument beschrijft niet alleen de stappen, maar "
                                "ook de houding die duurzaam veranderen vraagt.</p>"
                            ),
                            "ko": (
                                "<p>Voor kmo's wordt de methodiek vertaald in een beperkt aantal "
                                "stappen die een zaakvoerder zelf kan zetten.</p>"
                            ),
                            "go": (
                                "<p>Voor grote organisaties wordt aangegeven hoe de methodiek "
                                "aansluit bij bestaande HR-processen en het sociaal overleg.</p>"
                            ),
                        },
                    ),
                ],
                "themes": ["duurzaam-veranderen"],
            },
        ],
    },
    # --- MVO & KMO --------------------------------------------------------------------------------
    {
        "slug": "mvo-en-kmo",
        "title": "MVO & KMO",
        "short_name": "MVO & KMO",
        "aim": (
            "MVO & KMO vertrekt van de waarden van de ondernemer zelf en helpt zaakvoerders van "
            "kmo's om daarop een concrete MVO-agenda te bouwen."
        ),
        "intro": (
            "Het lerend netwerk MVO & KMO legt een sterke focus op de ondernemer. Het project "
            "vertrekt van de waardenschaal van de ondernemer en gaat daarmee vooraf aan alle "
            "andere MVO-thema's. Het bestaat uit vier grote blokken, met per semester één thema, "
            "en biedt trainingen, een pioniersgroep en info-avonden aan."
        ),
        "body": [
            ("heading", "De ondernemer centraal"),
            (
                "paragraph",
                (
                    "<p>In een kmo is MVO geen afdeling maar een houding van de ondernemer. Daarom "
                    "vertrekt het netwerk van de <strong>waardenschaal</strong> van de ondernemer: "
                    "wat vindt hij of zij belangrijk, en hoe vertaalt zich dat in de dagelijkse "
                    "bedrijfsvoering? Het doel is een <strong>agenda</strong> waarmee de "
                    "ondernemer zelf aan de slag kan, iets wat direct bruikbaar is. Daaraan wordt "
                    "een opleidings- en begeleidingsplatform gekoppeld.</p>"
                ),
            ),
            (
                "ko_go",
                {
                    "shared": (
                        "<p>Het project is opgebouwd uit vier grote blokken. Per semester komt "
                        "telkens één thema aan bod, gespreid over de volledige projectperiode.</p>"
                    ),
                    "ko": (
                        "<p>MVO &amp; KMO is gemaakt voor zaakvoerders van kleine en middelgrote "
                        "ondernemingen. De trainingen zijn kort en praktisch, en de agenda past in "
                        "de drukke week van een ondernemer.</p>"
                    ),
                    "go": (
                        "<p>Grote ondernemingen zijn geen doelgroep, maar de aanpak inspireert ook "
                        "bedrijfsleiders van grotere organisaties die MVO willen laten aansluiten "
                        "bij de waarden van het bedrijf.</p>"
                    ),
                },
            ),
        ],
        "coordinator_name": "Jerry Crombez",
        "coordinator_role": "Coördinator lerend netwerk",
        "contact_email": "jerry.crombez@example.org",
        "contact_phone": "+32 3 000 00 17",
        "address": "Lerend netwerk MVO & KMO\nStationsplein 5\n9100 Sint-Niklaas",
        "website": "https://example.org/mvo-en-kmo",
        "themes": ["waarden-van-de-ondernemer", "duurzaamheidsscan-voor-kmos"],
        "projects": [
            {
                "slug": "waardenschaal-van-de-ondernemer",
                "title": "Waardenschaal van de ondernemer",
                "summary": (
                    "Het project vertrekt van de waarden van de ondernemer. Een waardenschaal "
                    "helpt zaakvoerders om te benoemen wat voor hen echt telt en dat te vertalen "
                    "naar hun bedrijf."
                ),
                "intro": (
                    "Voor MVO & KMO begint maatschappelijk verantwoord ondernemen bij de vraag wat "
                    "de ondernemer zelf belangrijk vindt. Daarmee gaat het project vooraf aan alle "
                    "andere lerende netwerken en acties."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Met de <strong>waardenschaal</strong> rangschikt de ondernemer de "
                            "waarden die voor hem of haar het zwaarst doorwegen: eerlijkheid, "
                            "vakmanschap, zorg voor de medewerkers, verbondenheid met de buurt, "
                            "respect voor het milieu. Vervolgens toetst hij de dagelijkse werking "
                            "van zijn bedrijf aan die waarden. Waar ze niet overeenkomen, liggen "
                            "de eerste aanknopingspunten voor MVO.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>De waardenschaal is geen test met goede of foute antwoorden. "
                                "Ze helpt de ondernemer om zijn eigen kompas te verwoorden.</p>"
                            ),
                            "ko": (
                                "<p>In een kmo zijn de waarden van de zaakvoerder vaak de waarden "
                                "van het bedrijf. De oefening vraagt een avond en levert een basis "
                                "op voor alle volgende stappen.</p>"
                            ),
                            "go": (
                                "<p>Leidinggevenden in grotere organisaties kunnen de "
                                "waardenschaal gebruiken om hun persoonlijke waarden naast de "
                                "missie van de organisatie te leggen.</p>"
                            ),
                        },
                    ),
                ],
                "themes": ["waarden-van-de-ondernemer"],
            },
            {
                "slug": "trainingen-en-ondernemersagenda",
                "title": "Trainingen en ondernemersagenda",
                "summary": (
                    "In vier blokken, met één thema per semester, bieden trainingen de ondernemer "
                    "een agenda waarmee hij meteen aan de slag kan, gekoppeld aan een opleidings- "
                    "en begeleidingsplatform."
                ),
                "intro": (
                    "Geen dikke handboeken, maar een agenda die de ondernemer zelf gebruikt: dat "
                    "is het uitgangspunt van de trainingen van MVO & KMO."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Het project is opgebouwd uit vier grote blokken. Elk semester "
                            "staat één thema centraal, gespreid over de volledige projectperiode. "
                            "In de trainingen werkt de ondernemer aan een eigen "
                            "<strong>agenda</strong>: een overzicht van acties die hij zelf kan "
                            "plannen en uitvoeren. Een opleidings- en begeleidingsplatform "
                            "ondersteunt hem daarbij.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>Elke training eindigt met concrete afspraken die de deelnemer "
                                "in zijn eigen agenda opneemt.</p>"
                            ),
                            "ko": (
                                "<p>De trainingen vinden plaats 's avonds en zijn kort, zodat een "
                                "zaakvoerder ze kan combineren met het dagelijkse werk.</p>"
                            ),
                            "go": (
                                "<p>Middelgrote ondernemingen kunnen ook een leidinggevende of een "
                                "medewerker laten deelnemen, die de agenda mee opvolgt in het "
                                "bedrijf.</p>"
                            ),
                        },
                    ),
                ],
                "themes": ["waarden-van-de-ondernemer"],
            },
            {
                "slug": "pioniersgroep",
                "title": "Pioniersgroep",
                "summary": (
                    "Ondernemers die op het vlak van MVO de kar trekken, vormen samen een "
                    "pioniersgroep die andere zaakvoerders inspireert."
                ),
                "intro": (
                    "Niets overtuigt een ondernemer meer dan een collega die het al doet. De "
                    "pioniersgroep brengt zulke voortrekkers samen."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>MVO &amp; KMO stelt een <strong>pioniersgroep</strong> samen: "
                            "ondernemers die op het vlak van MVO de kar trekken. Ze delen hun "
                            "ervaringen met andere zaakvoerders, getuigen op info-avonden en "
                            "trainingen en denken mee over de verdere uitbouw van het project.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>De pioniers zijn geen modelbedrijven zonder fouten, maar "
                                "ondernemers die eerlijk vertellen wat werkte en wat niet.</p>"
                            ),
                            "ko": (
                                "<p>De pioniers zijn zelf zaakvoerders van kmo's en spreken de "
                                "taal van hun collega's.</p>"
                            ),
                            "go": "",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Ik vertel op die avonden vooral wat er misliep. Daar leren "
                                "collega's het meest van."
                            ),
                            "attribution": "Lid van de pioniersgroep MVO & KMO",
                        },
                    ),
                ],
                "themes": ["waarden-van-de-ondernemer"],
            },
            {
                "slug": "info-avonden-links-en-rechts-van-de-schelde",
                "title": "Info-avonden links en rechts van de Schelde",
                "summary": (
                    "Twee info-avonden met trainingssessie, op de linker- en de rechteroever van "
                    "de Schelde, stellen het project voor aan ondernemers uit de regio."
                ),
                "intro": (
                    "Om ondernemers dicht bij huis te bereiken, organiseert MVO & KMO twee "
                    "info-avonden met trainingssessie: één links en één rechts van de Schelde."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Op elke info-avond maken de deelnemers kennis met de waardenschaal "
                            "en krijgen ze een eerste training. Ondernemers uit de pioniersgroep "
                            "vertellen hoe zij met MVO begonnen zijn. Wie wil, kan zich na afloop "
                            "inschrijven voor het volledige traject.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>De avonden staan open voor elke ondernemer die wil ontdekken "
                                "wat MVO voor zijn bedrijf kan betekenen.</p>"
                            ),
                            "ko": (
                                "<p>Speciaal voor zaakvoerders van kmo's: de avond duurt drie uur "
                                "en u gaat naar huis met een eerste versie van uw eigen agenda.</p>"
                            ),
                            "go": "",
                        },
                    ),
                ],
                "themes": ["waarden-van-de-ondernemer"],
            },
        ],
    },
    # --- Mainstreamteam MVO -----------------------------------------------------------------------
    {
        "slug": "mainstreamteam",
        "title": "Mainstreamteam MVO",
        "short_name": "MST",
        "aim": (
            "Het mainstreamteam MVO, het achtste lerend netwerk, verbindt de zeven lerende "
            "netwerken met elkaar en met het beleid, en draagt hun resultaten breed uit."
        ),
        "intro": (
            "Om samenwerking en integratie tussen de lerende netwerken te ondersteunen, is een "
            "procesbegeleider aangesteld: het mainstreamteam. Het zorgt voor "
            "informatie-uitwisseling en kennisdeling tussen de netwerken onderling en met het "
            "Digitaal Kenniscentrum MVO, voorkomt dubbel werk en tegenstrijdigheden en werkt met "
            "een actieplan met concrete, resultaatgerichte mijlpalen."
        ),
        "body": [
            ("heading", "Een diagonale functie"),
            (
                "paragraph",
                (
                    "<p>Elk lerend netwerk werkt een verticaal thema uit. Het mainstreamteam neemt "
                    "een <strong>diagonale functie</strong> waar: het screent de zeven thema's en "
                    "verbindt ze met de vier aandachtspunten die in elk lerend netwerk aan bod "
                    "moeten komen. Het team ondersteunt de communicatie van de netwerken vanuit de "
                    "mainstreamingsgedachte, zonder te interfereren met hun eigen kanalen: de "
                    "acties van het mainstreamteam moeten een andere meerwaarde bieden dan die van "
                    "de netwerken zelf.</p>"
                ),
            ),
            ("heading", "Samenstelling"),
            (
                "paragraph",
                (
                    "<p>In het mainstreamteam zitten academici, adviesbureaus uit de sociale "
                    "economie, (ex-)bedrijfsleiders en een vertegenwoordiger van de SERV, "
                    "aangevuld met de vertegenwoordigers van de zeven lerende netwerken, andere "
                    "relevante actoren en het beleid. Die samenstelling garandeert een "
                    "onafhankelijke en deskundige kwaliteitsbewaking. De leden kunnen deelnemen "
                    "aan activiteiten van elk lerend netwerk om de vinger aan de pols te "
                    "houden.</p>"
                ),
            ),
            (
                "ko_go",
                {
                    "shared": (
                        "<p>Het mainstreamteam zorgt ervoor dat MVO in Vlaanderen met één stem en "
                        "één terminologie wordt uitgedragen, over alle thema's heen.</p>"
                    ),
                    "ko": (
                        "<p>Voor kmo's bewaakt het team dat de boodschappen van de netwerken "
                        "haalbaar en herkenbaar blijven, en dat kleine ondernemingen de weg vinden "
                        "naar het netwerk dat bij hun vraag past.</p>"
                    ),
                    "go": (
                        "<p>Voor grote organisaties legt het team de verbinding met het beleid: de "
                        "resultaten van de netwerken worden teruggekoppeld naar de betrokken "
                        "ministers en naar de sociale partners.</p>"
                    ),
                },
            ),
        ],
        "coordinator_name": "Anne Van Beneden",
        "coordinator_role": "Coördinator mainstreamteam MVO",
        "contact_email": "anne.vanbeneden@example.org",
        "contact_phone": "+32 2 000 00 18",
        "address": "Mainstreamteam MVO\nVlasgaardstraat 21 bus 5\n1000 Brussel",
        "website": "",
        "themes": [
            "mobiliteit-en-woon-werkverkeer",
            "milieurapportering",
            "gezinsvriendelijk-ondernemen",
            "competentiemanagement",
            "klimaatbeleid",
            "schone-kleren",
            "diversiteit",
            "werkend-leren",
            "duurzaamheidsscan-voor-kmos",
            "waarden-van-de-ondernemer",
            "internationaal-ondernemen",
            "duurzaam-veranderen",
        ],
        "projects": [
            {
                "slug": "actieplan-en-vier-aandachtspunten",
                "title": "Actieplan en vier aandachtspunten",
                "summary": (
                    "Het mainstreamteam verbindt de zeven verticale thema's met vier "
                    "aandachtspunten die in elk netwerk aan bod komen, en werkt met een actieplan "
                    "met concrete mijlpalen."
                ),
                "intro": (
                    "Het mainstreamteam heeft een actiegerichte focus. Een actieplan met concrete "
                    "en resultaatgerichte mijlpalen is richtinggevend voor zijn werking."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>De themawerking van het mainstreamteam bestaat uit twee grote "
                            "blokken: bijeenkomsten van de zeven lerende netwerken onderling, en "
                            "bijeenkomsten van het mainstreamteam zelf, uitgebreid met andere "
                            "relevante actoren en het beleid. Het actieplan bepaalt welke acties "
                            "er wanneer plaatsvinden. De thema's van de lerende netwerken vormen "
                            "daarbij de dragers van de communicatie.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>De vier aandachtspunten zorgen ervoor dat elk netwerk, los van "
                                "zijn eigen thema, dezelfde basisvragen over MVO meeneemt.</p>"
                            ),
                            "ko": (
                                "<p>Het mainstreamteam bewaakt dat elk netwerk ook de kmo's "
                                "bereikt, met instrumenten en boodschappen op hun maat.</p>"
                            ),
                            "go": (
                                "<p>Voor grote organisaties zorgt het team voor afstemming met het "
                                "beleid en met de sociale partners, zodat de netwerken elkaar "
                                "versterken in plaats van te overlappen.</p>"
                            ),
                        },
                    ),
                ],
                "themes": [
                    "mobiliteit-en-woon-werkverkeer",
                    "milieurapportering",
                    "gezinsvriendelijk-ondernemen",
                    "competentiemanagement",
                    "klimaatbeleid",
                    "schone-kleren",
                    "diversiteit",
                    "werkend-leren",
                    "duurzaamheidsscan-voor-kmos",
                    "waarden-van-de-ondernemer",
                    "internationaal-ondernemen",
                    "duurzaam-veranderen",
                ],
            },
            {
                "slug": "roadshow-met-de-ministers",
                "title": "Roadshow met de ministers",
                "summary": (
                    "Vanaf half april 2006 elke maand een roadshow met minister(s) rond een van de "
                    "zeven thema's, behalve in juli en augustus. De laatste halte volgt in "
                    "december 2006."
                ),
                "intro": (
                    "De roadshow brengt de resultaten van de lerende netwerken onder de aandacht, "
                    "telkens met het mainstreamteam en de pers op het evenement."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>De input voor de roadshow komt van de lerende netwerken en hun "
                            "resultaten. Elke halte wordt ingeschoven in de acties van het netwerk "
                            "waarvan het thema aan bod komt, en de inhoud hangt af van dat "
                            "netwerk. Omdat MVO &amp; KMO vertrekt van de waardenschaal van de "
                            "ondernemer, die aan alle andere thema's voorafgaat, opent de roadshow "
                            "met dat thema.</p>"
                            "<p>Bij de voorbereiding staan twee vragen centraal: wat is het "
                            "'brandende nieuws' rond elk thema, en wat heeft elk lerend netwerk "
                            "tegen wanneer als product te bieden?</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>Elke roadshow combineert een politiek moment met concrete "
                                "praktijkvoorbeelden uit het netwerk.</p>"
                            ),
                            "ko": (
                                "<p>Op elke halte getuigt minstens één kmo, zodat kleine "
                                "ondernemingen zien wat het thema voor hen betekent.</p>"
                            ),
                            "go": (
                                "<p>Grote ondernemingen en de sociale partners worden uitgenodigd "
                                "om hun engagement rond het thema toe te lichten.</p>"
                            ),
                        },
                    ),
                ],
                "themes": [
                    "waarden-van-de-ondernemer",
                    "werkend-leren",
                    "duurzaamheidsscan-voor-kmos",
                    "competentiemanagement",
                    "duurzaam-veranderen",
                    "internationaal-ondernemen",
                    "mobiliteit-en-woon-werkverkeer",
                ],
            },
            {
                "slug": "scriptieprijs-het-ei-van-mvo",
                "title": "Scriptieprijs 'het EI van MVO'",
                "summary": (
                    "Een scriptieprijs voor laatstejaarsstudenten, in samenwerking met het Netwerk "
                    "voor Zakenethiek. De oproep volgt in de week van de sociale economie, de "
                    "prijsuitreiking op 26 oktober 2006."
                ),
                "intro": (
                    "Met de scriptieprijs 'het EI van MVO' wil het mainstreamteam studenten "
                    "aanmoedigen om in hun eindwerk aandacht te besteden aan maatschappelijk "
                    "verantwoord ondernemen."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>De scriptieprijs richt zich tot laatstejaarsstudenten van alle "
                            "richtingen die in hun scriptie een MVO-thema behandelen. De prijs "
                            "wordt georganiseerd in samenwerking met het <strong>Netwerk voor "
                            "Zakenethiek</strong>. De oproep wordt gelanceerd op 6 maart 2006, in "
                            "de week van de sociale economie; de prijsuitreiking vindt plaats op "
                            "<strong>26 oktober 2006</strong>. Het communicatiebureau ondersteunt "
                            "de oproep.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>Scripties over MVO leveren nieuwe kennis op en brengen jonge "
                                "mensen met het thema in contact, vaak via een stage in een "
                                "onderneming.</p>"
                            ),
                            "ko": (
                                "<p>Kmo's die een student ontvangen, krijgen een frisse blik op "
                                "hun werking. Scripties over MVO in kleine bedrijven zijn "
                                "bijzonder welkom.</p>"
                            ),
                            "go": (
                                "<p>Grote ondernemingen kunnen studenten toegang geven tot hun "
                                "beleidsdocumenten en rapportering en zo bijdragen aan onderzoek "
                                "dat ook voor hen bruikbaar is.</p>"
                            ),
                        },
                    ),
                ],
                "themes": ["waarden-van-de-ondernemer"],
            },
            {
                "slug": "artikelenreeks",
                "title": "Artikelenreeks",
                "summary": (
                    "Een reeks artikels over de thema's van de lerende netwerken, eventueel "
                    "betalend, via de gespecialiseerde pers van werkgevers, vakbonden en andere "
                    "organisaties."
                ),
                "intro": (
                    "Met een artikelenreeks brengt het mainstreamteam de thema's en resultaten van "
                    "de lerende netwerken bij een breed publiek van ondernemers, "
                    "werknemersvertegenwoordigers en beleidsmakers."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>De artikelenreeks volgt de thema's van de zeven lerende netwerken. "
                            "Elk artikel vertrekt van een praktijkvoorbeeld en verwijst naar het "
                            "netwerk dat rond het thema werkt. De reeks verschijnt, eventueel "
                            "betalend, in gespecialiseerde pers, zoals de bladen van "
                            "werkgeversorganisaties en vakbonden. Het communicatiebureau zorgt "
                            "voor de stroomlijning van de copy.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>Alle artikels gebruiken dezelfde terminologie als het DKC MVO, "
                                "zodat lezers de thema's op de website terugvinden.</p>"
                            ),
                            "ko": (
                                "<p>Voor de pers die kmo's leest, ligt de nadruk op haalbare "
                                "eerste stappen en getuigenissen van zaakvoerders.</p>"
                            ),
                            "go": (
                                "<p>Voor de pers die grote ondernemingen en "
                                "werknemersvertegenwoordigers bereikt, gaat het ook over beleid, "
                                "rapportering en sociaal overleg.</p>"
                            ),
                        },
                    ),
                ],
                "themes": [
                    "waarden-van-de-ondernemer",
                    "werkend-leren",
                    "duurzaamheidsscan-voor-kmos",
                    "competentiemanagement",
                    "duurzaam-veranderen",
                    "internationaal-ondernemen",
                    "mobiliteit-en-woon-werkverkeer",
                ],
            },
            {
                "slug": "ondersteunende-communicatie",
                "title": "Ondersteunende communicatie",
                "summary": (
                    "Een communicatiebureau ondersteunt de inhoudelijke acties van het "
                    "mainstreamteam: stroomlijning van de communicatie, copywriting, de oproep "
                    "voor de scriptieprijs en de creatieve opmaak van uitnodigingen."
                ),
                "intro": (
                    "Het ESF-Agentschap vroeg een offerte aan bij een tiental communicatiebureaus. "
                    "LinkInc werd gekozen om de communicatie van het mainstreamteam te "
                    "ondersteunen."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Eind januari 2006 ging de offerteaanvraag naar een tiental "
                            "communicatiebureaus; op 15 februari waren er twee offertes ingediend. "
                            "Op 2 maart viel de keuze. Het communicatiebureau stroomlijnt de "
                            "communicatie en de copy over de verschillende acties heen, "
                            "ondersteunt de oproep voor de scriptieprijs en verzorgt de creatieve "
                            "opmaak van onder meer de uitnodigingen voor evenementen. LinkInc "
                            "stelde zijn plan van aanpak voor op de bijeenkomst van het "
                            "mainstreamteam van 6 april.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>De communicatie ondersteunt de kanalen van de lerende "
                                "netwerken, maar vervangt ze niet.</p>"
                            ),
                            "ko": (
                                "<p>Voor kmo's zorgt het bureau voor korte, heldere boodschappen "
                                "en uitnodigingen die in één oogopslag tonen wat een activiteit "
                                "oplevert.</p>"
                            ),
                            "go": (
                                "<p>Voor grote organisaties en het beleid worden de boodschappen "
                                "gekoppeld aan de gezamenlijke beleidslijn van de betrokken "
                                "ministers.</p>"
                            ),
                        },
                    ),
                ],
                "themes": [],
            },
            {
                "slug": "folder-lerende-netwerken",
                "title": "Folder over de lerende netwerken",
                "summary": (
                    "Een folder met een korte omschrijving en de contactgegevens van elk lerend "
                    "netwerk, zodat de netwerken naar elkaar kunnen doorverwijzen. Een "
                    "Engelstalige versie is gevraagd voor de VLEV'ers."
                ),
                "intro": (
                    "Wie bij één lerend netwerk aanklopt, heeft soms een vraag die bij een ander "
                    "netwerk thuishoort. Een gezamenlijke folder maakt doorverwijzen eenvoudig."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Op de themawerking van februari 2006 stelden de netwerken voor om "
                            "een folder te maken met een korte omschrijving en de coördinaten van "
                            "elk lerend netwerk. De netwerken kunnen de folder meenemen in hun "
                            "eigen contacten, zodat ze mensen met een vraag over een ander thema "
                            "meteen kunnen doorverwijzen. Omdat de Vlaamse economische "
                            "vertegenwoordigers in het buitenland werken, is er ook vraag naar een "
                            "Engelstalige versie.</p>"
                        ),
                    ),
                    (
                        "ko_go",
                        {
                            "shared": (
                                "<p>Zoals elke publicatie van de netwerken draagt de folder het "
                                "logo van het Europees Sociaal Fonds en van de Vlaamse "
                                "overheid.</p>"
                            ),
                            "ko": (
                                "<p>Voor kmo's toont de folder in één oogopslag welk netwerk bij "
                                "welke vraag past.</p>"
                            ),
                            "go": (
                                "<p>Voor grote organisaties en internationale contacten biedt de "
                                "Engelstalige versie een overzicht van het Vlaamse MVO-aanbod.</p>"
                            ),
                        },
                    ),
                ],
                "themes": ["internationaal-ondernemen"],
            },
        ],
    },
]


# Agenda, sorted by start. "network" is a network slug, or None for the DKC MVO
# itself. Times the seeds do not give are set to ordinary office hours.
EVENTS: list[dict[str, Any]] = [
    # --- november 2005 ----------------------------------------------------------------------------
    {
        "slug": "themawerking-lerende-netwerken-november",
        "title": "Themawerking lerende netwerken",
        "start": datetime(2005, 11, 9, 9, 30),
        "end": datetime(2005, 11, 9, 12, 30),
        "location": "Brussel",
        "network": "mainstreamteam",
        "themes": [],
        "event_type": "meeting",
        "summary": (
            "Bijeenkomst van de zeven lerende netwerken MVO onderling: stand van zaken per netwerk "
            "en afstemming tussen de thema's."
        ),
        "intro": (
            "De themawerking brengt de zeven lerende netwerken samen om hun werking op elkaar af "
            "te stemmen. In de voormiddag komen de netwerken onderling samen, in de namiddag volgt "
            "de bijeenkomst van het mainstreamteam."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>De themawerking bestaat uit twee grote blokken: bijeenkomsten van de zeven "
                    "lerende netwerken onderling, en bijeenkomsten van het mainstreamteam MVO, "
                    "waar de vertegenwoordigers van de netwerken worden aangevuld met andere "
                    "relevante actoren en het beleid. Deze voormiddag is gewijd aan het eerste "
                    "blok: elk netwerk licht zijn thema en zijn planning toe, zodat dubbel werk en "
                    "tegenstrijdigheden worden vermeden.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "bijeenkomst-mainstreamteam-november",
        "title": "Bijeenkomst mainstreamteam MVO",
        "start": datetime(2005, 11, 9, 12, 30),
        "end": datetime(2005, 11, 9, 16, 30),
        "location": "Brussel",
        "network": "mainstreamteam",
        "themes": [],
        "event_type": "meeting",
        "summary": (
            "Het mainstreamteam MVO brainstormt over gezamenlijke acties om de lerende netwerken "
            "en hun thema's ruimer bekend te maken."
        ),
        "intro": (
            "Aansluitend op de themawerking komt het mainstreamteam samen: de vertegenwoordigers "
            "van de zeven lerende netwerken, aangevuld met academici, adviesbureaus, "
            "(ex-)bedrijfsleiders, de SERV en het beleid."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Centraal staat een brainstorming over acties die de communicatie van de "
                    "lerende netwerken vanuit de mainstreamingsgedachte kunnen versterken, zonder "
                    "hun eigen kanalen te doorkruisen. De resultaten worden op 1 december "
                    "geanalyseerd en vertaald in voorstellen voor het beleid en een planning voor "
                    "het nieuwe jaar.</p>"
                ),
            ),
        ],
    },
    # --- december 2005 ----------------------------------------------------------------------------
    {
        "slug": "overlegvergadering-analyse-brainstorming",
        "title": "Overlegvergadering: analyse van de brainstorming",
        "start": datetime(2005, 12, 1, 15, 0),
        "end": datetime(2005, 12, 1, 17, 0),
        "location": "Brussel",
        "network": "mainstreamteam",
        "themes": [],
        "event_type": "meeting",
        "summary": (
            "Bert Boone, Aagje Geerardyn en Anne Van Beneden analyseren de resultaten van de "
            "brainstorming van 9 november en bereiden de input naar het beleid voor."
        ),
        "intro": (
            "Een overleg in kleine kring om de ideeën van het mainstreamteam om te zetten in "
            "concrete voorstellen en een planning voor het komende jaar."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p><strong>Agenda</strong></p>"
                    "<ul><li>Analyse van de resultaten van de brainstorming over acties van 9 "
                    "november</li><li>Voorbereiding van de input naar het beleid</li><li>Planning "
                    "voor het komende jaar</li></ul>"
                ),
            ),
        ],
    },
    # --- januari 2006 -----------------------------------------------------------------------------
    {
        "slug": "vlaamse-economische-diplomatieke-dagen",
        "title": "Vlaamse Economische Diplomatieke Dagen",
        "start": datetime(2006, 1, 9, 9, 0),
        "end": datetime(2006, 1, 10, 17, 0),
        "location": "Brussel",
        "network": "duurzaam-internationaal-ondernemen",
        "themes": ["internationaal-ondernemen"],
        "event_type": "study_day",
        "summary": (
            "Vliegende start van het lerend netwerk Duurzaam Internationaal Ondernemen, met een "
            "nulmeting MVO bij alle aanwezige Vlaamse economische vertegenwoordigers."
        ),
        "intro": (
            "Twee dagen lang komen de Vlaamse economische vertegenwoordigers (VLEV'ers) van "
            "Flanders Investment & Trade samen in Brussel. Het lerend netwerk Duurzaam "
            "Internationaal Ondernemen maakt er zijn start."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Het netwerk stelt zijn aanpak voor en vraagt alle aanwezige VLEV'ers om "
                    "een korte toets over MVO in te vullen. Die <strong>nulmeting</strong> toont "
                    "waar de economische vertegenwoordigers vandaag staan en vormt het vertrekpunt "
                    "voor de sensibilisering van de FIT-medewerkers.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "offerteaanvraag-ondersteuning-communicatie",
        "title": "Verzending offerteaanvraag ondersteuning communicatie",
        "start": datetime(2006, 1, 31, 10, 0),
        "end": datetime(2006, 1, 31, 12, 0),
        "location": "ESF-Agentschap, Brussel",
        "network": "mainstreamteam",
        "themes": [],
        "event_type": "deadline",
        "summary": (
            "Het ESF-Agentschap verstuurt de offerteaanvraag voor de ondersteuning van de "
            "communicatie van het mainstreamteam naar een tiental communicatiebureaus."
        ),
        "intro": (
            "Om de inhoudelijke acties van het mainstreamteam te ondersteunen, zoekt het "
            "ESF-Agentschap een communicatiebureau."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>De opdracht omvat de stroomlijning van de communicatie en de copy over de "
                    "verschillende acties heen, de ondersteuning van de oproep voor de "
                    "scriptieprijs en de creatieve opmaak van onder meer de uitnodigingen voor "
                    "evenementen. De schriftelijke offertes moeten uiterlijk op 15 februari worden "
                    "ingediend.</p>"
                ),
            ),
        ],
    },
    # --- februari 2006 ----------------------------------------------------------------------------
    {
        "slug": "deadline-offertes-ondersteuning-communicatie",
        "title": "Deadline offertes ondersteuning communicatie",
        "start": datetime(2006, 2, 15, 9, 0),
        "end": datetime(2006, 2, 15, 17, 0),
        "location": "ESF-Agentschap, Brussel",
        "network": "mainstreamteam",
        "themes": [],
        "event_type": "deadline",
        "summary": (
            "Uiterste datum voor het indienen van de schriftelijke offertes voor de ondersteuning "
            "van de communicatie van het mainstreamteam."
        ),
        "intro": (
            "De communicatiebureaus die de offerteaanvraag ontvingen, dienen vandaag hun "
            "schriftelijke offerte in."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Na de indiening worden de offertes vergeleken. De keuze van het "
                    "communicatiebureau valt op 2 maart.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "themawerking-lerende-netwerken-februari",
        "title": "Themawerking lerende netwerken",
        "start": datetime(2006, 2, 16, 9, 30),
        "end": datetime(2006, 2, 16, 13, 0),
        "location": "Brussel",
        "network": "mainstreamteam",
        "themes": [],
        "event_type": "meeting",
        "summary": (
            "De zeven lerende netwerken geven een stand van zaken en maken kennis met de website "
            "van het Digitaal Kenniscentrum MVO, met een toelichting bij intranet en extranet."
        ),
        "intro": (
            "Op deze themawerking brengt elk lerend netwerk verslag uit over zijn voortgang. Het "
            "Digitaal Kenniscentrum MVO licht toe hoe de netwerken via de website hun kennis "
            "kunnen delen."
        ),
        "body": [
            ("heading", "Agenda"),
            (
                "paragraph",
                (
                    "<ul><li>Stand van zaken in elk lerend netwerk</li><li>Terugkoppeling over de "
                    "voortgang van de ondersteuning van de communicatie</li><li>Toelichting bij "
                    "het Digitaal Kenniscentrum MVO en hoe elk lerend netwerk een bijdrage kan "
                    "leveren</li><li>Technische component: mogelijkheden en beperkingen van het "
                    "intranet en het extranet van het DKC MVO</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Aagje Geerardyn (Business &amp; Society) stelt de website voor, "
                    "Jef Van der Wee (coördinator van het DKC MVO) licht het extranet toe.</p>"
                ),
            ),
        ],
    },
    # --- maart 2006 -------------------------------------------------------------------------------
    {
        "slug": "beslissing-keuze-communicatiebureau",
        "title": "Beslissing keuze communicatiebureau",
        "start": datetime(2006, 3, 2, 10, 0),
        "end": datetime(2006, 3, 2, 12, 0),
        "location": "ESF-Agentschap, Brussel",
        "network": "mainstreamteam",
        "themes": [],
        "event_type": "meeting",
        "summary": (
            "De selectie van het communicatiebureau dat het mainstreamteam zal ondersteunen, wordt "
            "afgerond."
        ),
        "intro": (
            "Op basis van de ingediende offertes wordt beslist welk communicatiebureau de "
            "inhoudelijke acties van het mainstreamteam ondersteunt."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Het gekozen bureau gaat meteen aan de slag met de oproep voor de "
                    "scriptieprijs en stelt zijn plan van aanpak voor op de bijeenkomst van het "
                    "mainstreamteam van 6 april.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "oproep-scriptieprijs-ei-van-mvo",
        "title": "Oproep scriptieprijs 'het EI van MVO'",
        "start": datetime(2006, 3, 6, 10, 0),
        "end": datetime(2006, 3, 6, 11, 0),
        "location": "Brussel",
        "network": "mainstreamteam",
        "themes": ["waarden-van-de-ondernemer"],
        "event_type": "deadline",
        "summary": (
            "In de week van de sociale economie wordt de oproep gelanceerd voor de scriptieprijs "
            "'het EI van MVO', voor laatstejaarsstudenten."
        ),
        "intro": (
            "Het mainstreamteam en het Netwerk voor Zakenethiek lanceren de oproep voor de "
            "scriptieprijs 'het EI van MVO'."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Laatstejaarsstudenten die in hun scriptie een thema rond maatschappelijk "
                    "verantwoord ondernemen behandelen, kunnen meedingen. De prijs wordt "
                    "uitgereikt op 26 oktober.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "infosessie-duurzaam-ondernemen-vkw-reeks",
        "title": "Infosessie duurzaam ondernemen in de VKW-reeks",
        "start": datetime(2006, 3, 6, 19, 0),
        "end": datetime(2006, 3, 6, 21, 30),
        "location": "Kortrijk",
        "network": "mcdo",
        "themes": ["duurzaamheidsscan-voor-kmos"],
        "event_type": "info_session",
        "summary": (
            "Duurzaam ondernemen staat centraal in een infosessie van de VKW-reeks. MCDO stelt er "
            "de duurzaamheidsscan en de groepssessies voor kmo's voor."
        ),
        "intro": (
            "Wat betekent duurzaam ondernemen voor een kmo, en hoe begint u eraan? In deze "
            "infosessie van de VKW-reeks geeft MCDO een antwoord, met voorbeelden uit de praktijk."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>De sessie richt zich tot zaakvoerders en leidinggevenden van kmo's. Na een "
                    "inleiding over duurzaam ondernemen stelt MCDO zijn traject voor: een "
                    "individuele duurzaamheidsscan met een duurzaamheidsplan op maat, en tien "
                    "groepssessies met andere ondernemers.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Inschrijven is nodig. Zoals het Europees Sociaal Fonds vraagt, worden alle "
                    "aanwezigen geregistreerd.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "studiedag-family-business-audit",
        "title": "Studiedag Family & Business Audit",
        "start": datetime(2006, 3, 8, 9, 30),
        "end": datetime(2006, 3, 8, 16, 30),
        "location": "Brussel",
        "network": "diamond",
        "themes": ["gezinsvriendelijk-ondernemen"],
        "event_type": "study_day",
        "summary": (
            "Studiedag van DIAMOND over de Family & Business Audit, een instrument om het "
            "gezinsvriendelijk beleid van een onderneming door te lichten en te verbeteren."
        ),
        "intro": (
            "In het kader van de module gezinsvriendelijkheid organiseert DIAMOND een studiedag "
            "voor werknemersvertegenwoordigers over de Family & Business Audit."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Hoe werkt de audit, welke onderdelen van het personeelsbeleid komen aan "
                    "bod en welke rol kunnen werknemersvertegenwoordigers spelen? Ondernemingen "
                    "die de audit al doorliepen, vertellen over hun ervaringen. De checklist "
                    "gezinsvriendelijkheid van DIAMOND wordt mee besproken.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Inschrijven is nodig. Zoals het Europees Sociaal Fonds vraagt, worden alle "
                    "aanwezigen geregistreerd.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "projectvoorstelling-mcdo",
        "title": "Projectvoorstelling MCDO",
        "start": datetime(2006, 3, 8, 17, 0),
        "end": datetime(2006, 3, 8, 19, 30),
        "location": "Kortrijk",
        "network": "mcdo",
        "themes": ["duurzaamheidsscan-voor-kmos"],
        "event_type": "info_session",
        "summary": (
            "MCDO stelt zijn traject voor kmo's voor: een individuele duurzaamheidsscan en -plan "
            "en tien collectieve groepssessies."
        ),
        "intro": (
            "Kmo's die overwegen om deel te nemen aan het traject van MCDO, krijgen op deze "
            "voorstelling alle praktische informatie."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>De begeleiders lichten toe hoe de scan verloopt, wat een duurzaamheidsplan "
                    "inhoudt en hoe de groepssessies georganiseerd worden. De collectieve "
                    "bijeenkomsten starten op 24 april.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Inschrijven is nodig. Zoals het Europees Sociaal Fonds vraagt, worden alle "
                    "aanwezigen geregistreerd.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "tweedaagse-duurzaam-veranderen",
        "title": "Tweedaagse Duurzaam Veranderen",
        "start": datetime(2006, 3, 13, 9, 30),
        "end": datetime(2006, 3, 14, 16, 30),
        "location": "Gent",
        "network": "duurzaam-veranderen",
        "themes": ["duurzaam-veranderen"],
        "event_type": "workshop",
        "summary": (
            "Achttien organisaties starten met een tweedaagse aan een jaar ervaringsuitwisseling "
            "over duurzaam veranderen, verdeeld over drie groepen."
        ),
        "intro": (
            "De tweedaagse is de start van het uitwisselingstraject van Duurzaam Veranderen. De "
            "deelnemers leren elkaar kennen en bepalen samen de accenten voor het komende jaar."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>De achttien deelnemende organisaties worden verdeeld over drie groepen. "
                    "Elke groep vertrekt van de drie hoofdthema's die uit de bedrijfsbezoeken naar "
                    "voren kwamen: klantgericht en vraaggestuurd werken, de rol van de HR-manager, "
                    "en betrokkenheid met behoud van de zelfkritische massa. De groepen plannen "
                    "ook hun bezoeken aan elkaars organisatie.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "roadshow-compleet-antwerpen",
        "title": "Roadshow COMPLEET in de provincie Antwerpen",
        "start": datetime(2006, 3, 14, 13, 30),
        "end": datetime(2006, 3, 14, 17, 30),
        "location": "Antwerpen",
        "network": "compleet",
        "themes": ["competentiemanagement", "diversiteit", "gezinsvriendelijk-ondernemen"],
        "event_type": "roadshow",
        "summary": (
            "COMPLEET stelt in de provincie Antwerpen zijn instrumenten per thema voor en laat de "
            "deelnemers in een workshop zelf met een instrument aan de slag gaan."
        ),
        "intro": (
            "De roadshow van COMPLEET houdt halt in de provincie Antwerpen. Op één namiddag krijgt "
            "u een overzicht van de MVO-instrumenten van alle partners, geordend per thema en niet "
            "per partner, en probeert u er in een workshop zelf een uit."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p><strong>Programma</strong></p>"
                    "<ul><li>Onthaal en inleiding: waarom MVO-instrumenten per "
                    "thema?</li><li>Workshop in kleine groepen: aan de slag met een instrument "
                    "naar keuze</li><li>Voorstelling van het volledige aanbod en van de gratis "
                    "begeleiding die in het najaar start</li><li>Netwerkmoment</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Inschrijven is nodig. Zoals het Europees Sociaal Fonds vraagt, worden alle "
                    "aanwezigen geregistreerd.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "info-avond-mvo-en-kmo-linkeroever",
        "title": "Info-avond MVO & KMO links van de Schelde",
        "start": datetime(2006, 3, 21, 19, 0),
        "end": datetime(2006, 3, 21, 22, 0),
        "location": "Sint-Niklaas",
        "network": "mvo-en-kmo",
        "themes": ["waarden-van-de-ondernemer"],
        "event_type": "info_session",
        "summary": (
            "Info-avond en trainingssessie voor ondernemers van de linkeroever van de Schelde: MVO "
            "vertrekt bij de waarden van de ondernemer."
        ),
        "intro": (
            "MVO & KMO stelt zijn aanpak voor aan ondernemers uit het Waasland en omstreken, met "
            "een eerste training rond de waardenschaal."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Na een korte inleiding gaan de deelnemers aan de slag met de waardenschaal "
                    "van de ondernemer. Een ondernemer uit de pioniersgroep vertelt hoe hij met "
                    "MVO begonnen is. U gaat naar huis met een eerste versie van uw eigen "
                    "agenda.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Inschrijven is nodig. Zoals het Europees Sociaal Fonds vraagt, worden alle "
                    "aanwezigen geregistreerd.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "info-avond-mvo-en-kmo-rechteroever",
        "title": "Info-avond MVO & KMO rechts van de Schelde",
        "start": datetime(2006, 3, 23, 19, 0),
        "end": datetime(2006, 3, 23, 22, 0),
        "location": "Antwerpen",
        "network": "mvo-en-kmo",
        "themes": ["waarden-van-de-ondernemer"],
        "event_type": "info_session",
        "summary": (
            "Info-avond en trainingssessie voor ondernemers van de rechteroever van de Schelde: "
            "MVO vertrekt bij de waarden van de ondernemer."
        ),
        "intro": (
            "Twee dagen na de avond op de linkeroever stelt MVO & KMO zijn aanpak voor aan "
            "ondernemers uit Antwerpen en omgeving."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Het programma is hetzelfde als op de linkeroever: een inleiding, een "
                    "training met de waardenschaal en een getuigenis uit de pioniersgroep.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Inschrijven is nodig. Zoals het Europees Sociaal Fonds vraagt, worden alle "
                    "aanwezigen geregistreerd.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "studiereis-berlijn-duale-systeem",
        "title": "Delegatie naar Berlijn: het duale systeem",
        "start": datetime(2006, 3, 27, 8, 0),
        "end": datetime(2006, 3, 30, 20, 0),
        "location": "Berlijn (Duitsland)",
        "network": "tracer",
        "themes": ["werkend-leren"],
        "event_type": "trip",
        "summary": (
            "Een delegatie van TRACER bezoekt Berlijn om het Duitse duale systeem van werkend "
            "leren te leren kennen, met steun van het Leonardo da Vinci-Agentschap."
        ),
        "intro": (
            "Vier dagen lang maakt de delegatie kennis met bedrijven, beroepsscholen en "
            "organisaties die in Duitsland samen de opleiding van jongeren dragen."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Op het programma staan bezoeken aan opleidingsbedrijven en beroepsscholen "
                    "en gesprekken met de kamers die de opleidingen organiseren. Na de reis deelt "
                    "TRACER zijn bevindingen met de partners van het netwerk en met de andere "
                    "lerende netwerken.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "roadshow-compleet-limburg",
        "title": "Roadshow COMPLEET in Limburg",
        "start": datetime(2006, 3, 28, 13, 30),
        "end": datetime(2006, 3, 28, 17, 30),
        "location": "Hasselt",
        "network": "compleet",
        "themes": ["competentiemanagement", "diversiteit", "gezinsvriendelijk-ondernemen"],
        "event_type": "roadshow",
        "summary": (
            "COMPLEET stelt in Limburg zijn instrumenten per thema voor en laat de deelnemers in "
            "een workshop zelf met een instrument aan de slag gaan."
        ),
        "intro": (
            "De roadshow van COMPLEET houdt halt in Limburg. Op één namiddag krijgt u een "
            "overzicht van de MVO-instrumenten van alle partners, geordend per thema en niet per "
            "partner, en probeert u er in een workshop zelf een uit."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p><strong>Programma</strong></p>"
                    "<ul><li>Onthaal en inleiding: waarom MVO-instrumenten per "
                    "thema?</li><li>Workshop in kleine groepen: aan de slag met een instrument "
                    "naar keuze</li><li>Voorstelling van het volledige aanbod en van de gratis "
                    "begeleiding die in het najaar start</li><li>Netwerkmoment</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Inschrijven is nodig. Zoals het Europees Sociaal Fonds vraagt, worden alle "
                    "aanwezigen geregistreerd.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "deadline-rapportering-esf-maart",
        "title": "Deadline rapportering ESF",
        "start": datetime(2006, 3, 31, 9, 0),
        "end": datetime(2006, 3, 31, 17, 0),
        "location": "ESF-Agentschap, Brussel",
        "network": None,
        "themes": [],
        "event_type": "deadline",
        "summary": (
            "DIAMOND, COMPLEET, TRACER en MVO & KMO dienen hun inhoudelijk en financieel verslag "
            "over de gelopen maanden van het vorige jaar in bij het ESF-Agentschap."
        ),
        "intro": (
            "Vier lerende netwerken rapporteren vandaag voor het eerst aan het ESF-Agentschap, "
            "inhoudelijk en financieel."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>De rapportering geldt voor DIAMOND, COMPLEET, TRACER en MVO &amp; KMO. De "
                    "andere netwerken rapporteren een eerste keer over de periode van hun opstart "
                    "tot 30 juni, met als deadline september. Meer uitleg vindt u op de pagina "
                    "over het Europees Sociaal Fonds.</p>"
                ),
            ),
        ],
    },
    # --- april 2006 -------------------------------------------------------------------------------
    {
        "slug": "bijeenkomst-mainstreamteam-april",
        "title": "Bijeenkomst mainstreamteam MVO",
        "start": datetime(2006, 4, 6, 10, 0),
        "end": datetime(2006, 4, 6, 13, 0),
        "location": "Brussel",
        "network": "mainstreamteam",
        "themes": [],
        "event_type": "meeting",
        "summary": (
            "Het mainstreamteam bespreekt het ruimere kader van MVO, de stand van zaken van de "
            "netwerken en het plan van aanpak voor de ondersteunende communicatie."
        ),
        "intro": (
            "Op deze bijeenkomst stelt het communicatiebureau LinkInc zijn plan van aanpak voor. "
            "Ook de inhoud en de volgorde van de roadshows met de ministers komen aan bod."
        ),
        "body": [
            ("heading", "Agenda"),
            (
                "paragraph",
                (
                    "<ul><li>Toelichting bij het ruimere kader van MVO en het "
                    "mainstreamteam</li><li>Stand van zaken van de zeven lerende netwerken en het "
                    "Digitaal Kenniscentrum MVO</li><li>Toelichting door LinkInc bij het plan van "
                    "aanpak voor de ondersteunende communicatie</li></ul>"
                ),
            ),
        ],
    },
    {
        "slug": "roadshow-compleet-oost-vlaanderen",
        "title": "Roadshow COMPLEET in Oost-Vlaanderen",
        "start": datetime(2006, 4, 11, 13, 30),
        "end": datetime(2006, 4, 11, 17, 30),
        "location": "Gent",
        "network": "compleet",
        "themes": ["competentiemanagement", "diversiteit", "gezinsvriendelijk-ondernemen"],
        "event_type": "roadshow",
        "summary": (
            "COMPLEET stelt in Oost-Vlaanderen zijn instrumenten per thema voor en laat de "
            "deelnemers in een workshop zelf met een instrument aan de slag gaan."
        ),
        "intro": (
            "De roadshow van COMPLEET houdt halt in Oost-Vlaanderen. Op één namiddag krijgt u een "
            "overzicht van de MVO-instrumenten van alle partners, geordend per thema en niet per "
            "partner, en probeert u er in een workshop zelf een uit."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p><strong>Programma</strong></p>"
                    "<ul><li>Onthaal en inleiding: waarom MVO-instrumenten per "
                    "thema?</li><li>Workshop in kleine groepen: aan de slag met een instrument "
                    "naar keuze</li><li>Voorstelling van het volledige aanbod en van de gratis "
                    "begeleiding die in het najaar start</li><li>Netwerkmoment</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Inschrijven is nodig. Zoals het Europees Sociaal Fonds vraagt, worden alle "
                    "aanwezigen geregistreerd.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "roadshow-ministers-waarden-van-de-ondernemer",
        "title": "Roadshow met de ministers: waarden van de ondernemer",
        "start": datetime(2006, 4, 20, 14, 0),
        "end": datetime(2006, 4, 20, 17, 30),
        "location": "Sint-Niklaas",
        "network": "mainstreamteam",
        "themes": ["waarden-van-de-ondernemer"],
        "event_type": "roadshow",
        "summary": (
            "Halte van de roadshow met de ministers rond het thema waarden van de ondernemer, met "
            "de resultaten van het lerend netwerk MVO & KMO."
        ),
        "intro": (
            "De roadshow met de ministers brengt elke maand een thema van de lerende netwerken "
            "onder de aandacht. Deze halte staat in het teken van waarden van de ondernemer; de "
            "inhoud komt van het lerend netwerk MVO & KMO."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>De roadshow opent met het thema dat aan alle andere voorafgaat: de waarden "
                    "van de ondernemer. Zaakvoerders uit de pioniersgroep van MVO &amp; KMO "
                    "vertellen hoe hun waarden de basis werden van hun MVO-aanpak.</p>"
                    "<p>Het mainstreamteam MVO en de pers zijn op elke halte aanwezig. "
                    "Ondernemers, werknemersvertegenwoordigers en beleidsmakers krijgen er "
                    "praktijkvoorbeelden, getuigenissen en de eerste resultaten van het netwerk te "
                    "zien.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Inschrijven is nodig. Zoals het Europees Sociaal Fonds vraagt, worden alle "
                    "aanwezigen geregistreerd.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "start-collectieve-bijeenkomsten-mcdo",
        "title": "Start collectieve bijeenkomsten MCDO",
        "start": datetime(2006, 4, 24, 14, 0),
        "end": datetime(2006, 4, 24, 17, 0),
        "location": "Kortrijk",
        "network": "mcdo",
        "themes": ["duurzaamheidsscan-voor-kmos"],
        "event_type": "workshop",
        "summary": (
            "Eerste van de tien groepssessies waarin de deelnemende kmo's van MCDO ervaringen "
            "uitwisselen over hun duurzaamheidsplan."
        ),
        "intro": (
            "De deelnemende bedrijven van MCDO komen voor het eerst samen. Deze startsessie legt "
            "de basis voor een jaar van uitwisseling."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>De deelnemers stellen hun bedrijf voor en delen de eerste resultaten van "
                    "hun duurzaamheidsscan. Samen leggen ze de thema's en de data van de volgende "
                    "sessies vast.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "roadshow-compleet-west-vlaanderen",
        "title": "Roadshow COMPLEET in West-Vlaanderen",
        "start": datetime(2006, 4, 25, 13, 30),
        "end": datetime(2006, 4, 25, 17, 30),
        "location": "Brugge",
        "network": "compleet",
        "themes": ["competentiemanagement", "diversiteit", "gezinsvriendelijk-ondernemen"],
        "event_type": "roadshow",
        "summary": (
            "COMPLEET stelt in West-Vlaanderen zijn instrumenten per thema voor en laat de "
            "deelnemers in een workshop zelf met een instrument aan de slag gaan."
        ),
        "intro": (
            "De roadshow van COMPLEET houdt halt in West-Vlaanderen. Op één namiddag krijgt u een "
            "overzicht van de MVO-instrumenten van alle partners, geordend per thema en niet per "
            "partner, en probeert u er in een workshop zelf een uit."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p><strong>Programma</strong></p>"
                    "<ul><li>Onthaal en inleiding: waarom MVO-instrumenten per "
                    "thema?</li><li>Workshop in kleine groepen: aan de slag met een instrument "
                    "naar keuze</li><li>Voorstelling van het volledige aanbod en van de gratis "
                    "begeleiding die in het najaar start</li><li>Netwerkmoment</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Inschrijven is nodig. Zoals het Europees Sociaal Fonds vraagt, worden alle "
                    "aanwezigen geregistreerd.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "informatiedag-schone-bedrijfskleren-abvv",
        "title": "Informatiedag schone bedrijfskleren (ABVV)",
        "start": datetime(2006, 4, 27, 9, 30),
        "end": datetime(2006, 4, 27, 16, 0),
        "location": "Brussel",
        "network": "diamond",
        "themes": ["schone-kleren"],
        "event_type": "info_session",
        "summary": (
            "Informatiedag van het ABVV in het kader van de DIAMOND-campagne schone "
            "bedrijfskleren. Het ACV volgt in het najaar."
        ),
        "intro": (
            "Werknemersvertegenwoordigers leren hoe ze mee kunnen wegen op de aankoop van "
            "werkkledij die gemaakt is met respect voor de fundamentele arbeidsnormen."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Op het programma: de productieketen van werkkledij, de kernarbeidsnormen "
                    "van de Internationale Arbeidsorganisatie, getuigenissen van afgevaardigden "
                    "die het thema in hun onderneming aankaartten, en een voorstelling van de "
                    "website en de affiches van de campagne.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Inschrijven is nodig. Zoals het Europees Sociaal Fonds vraagt, worden alle "
                    "aanwezigen geregistreerd.</p>"
                ),
            ),
        ],
    },
    # --- mei 2006 ---------------------------------------------------------------------------------
    {
        "slug": "overleg-kabinetten-van-brempt-en-vandenbroucke",
        "title": "Overleg met de kabinetten Van Brempt en Vandenbroucke",
        "start": datetime(2006, 5, 4, 10, 0),
        "end": datetime(2006, 5, 4, 12, 0),
        "location": "Brussel",
        "network": "mainstreamteam",
        "themes": [],
        "event_type": "meeting",
        "summary": (
            "Overleg met de kabinetten van de Vlaamse ministers Van Brempt en Vandenbroucke op "
            "basis van een ontwerpnota van LinkInc."
        ),
        "intro": (
            "De ontwerpnota van het communicatiebureau LinkInc vormt de basis voor een eerste "
            "overleg met de betrokken kabinetten."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Het overleg gaat over de ondersteunende communicatie van het "
                    "mainstreamteam en over de manier waarop de ministers de resultaten van de "
                    "lerende netwerken mee kunnen uitdragen.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "roadshow-compleet-vlaams-brabant",
        "title": "Roadshow COMPLEET in Vlaams-Brabant",
        "start": datetime(2006, 5, 9, 13, 30),
        "end": datetime(2006, 5, 9, 17, 30),
        "location": "Leuven",
        "network": "compleet",
        "themes": ["competentiemanagement", "diversiteit", "gezinsvriendelijk-ondernemen"],
        "event_type": "roadshow",
        "summary": (
            "COMPLEET stelt in Vlaams-Brabant zijn instrumenten per thema voor en laat de "
            "deelnemers in een workshop zelf met een instrument aan de slag gaan."
        ),
        "intro": (
            "De roadshow van COMPLEET houdt halt in Vlaams-Brabant. Op één namiddag krijgt u een "
            "overzicht van de MVO-instrumenten van alle partners, geordend per thema en niet per "
            "partner, en probeert u er in een workshop zelf een uit."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p><strong>Programma</strong></p>"
                    "<ul><li>Onthaal en inleiding: waarom MVO-instrumenten per "
                    "thema?</li><li>Workshop in kleine groepen: aan de slag met een instrument "
                    "naar keuze</li><li>Voorstelling van het volledige aanbod en van de gratis "
                    "begeleiding die in het najaar start</li><li>Netwerkmoment</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Inschrijven is nodig. Zoals het Europees Sociaal Fonds vraagt, worden alle "
                    "aanwezigen geregistreerd.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "roadshow-ministers-werkend-leren",
        "title": "Roadshow met de ministers: werkend leren",
        "start": datetime(2006, 5, 16, 14, 0),
        "end": datetime(2006, 5, 16, 17, 30),
        "location": "Antwerpen",
        "network": "mainstreamteam",
        "themes": ["werkend-leren"],
        "event_type": "roadshow",
        "summary": (
            "Halte van de roadshow met de ministers rond het thema werkend leren, met de "
            "resultaten van het lerend netwerk TRACER."
        ),
        "intro": (
            "De roadshow met de ministers brengt elke maand een thema van de lerende netwerken "
            "onder de aandacht. Deze halte staat in het teken van werkend leren; de inhoud komt "
            "van het lerend netwerk TRACER."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Antwerpse ondernemingen engageerden zich om 105 jongeren een leerplek te "
                    "bieden. Voortrekkers uit het netwerk TRACER tonen hoe werkend leren in de "
                    "praktijk loopt, en de deelnemers aan de delegatie naar Berlijn brengen "
                    "verslag uit over het duale systeem.</p>"
                    "<p>Het mainstreamteam MVO en de pers zijn op elke halte aanwezig. "
                    "Ondernemers, werknemersvertegenwoordigers en beleidsmakers krijgen er "
                    "praktijkvoorbeelden, getuigenissen en de eerste resultaten van het netwerk te "
                    "zien.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Inschrijven is nodig. Zoals het Europees Sociaal Fonds vraagt, worden alle "
                    "aanwezigen geregistreerd.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "roadshow-compleet-brussel",
        "title": "Roadshow COMPLEET in Brussel",
        "start": datetime(2006, 5, 23, 13, 30),
        "end": datetime(2006, 5, 23, 17, 30),
        "location": "Brussel",
        "network": "compleet",
        "themes": ["competentiemanagement", "diversiteit", "gezinsvriendelijk-ondernemen"],
        "event_type": "roadshow",
        "summary": (
            "COMPLEET stelt in Brussel zijn instrumenten per thema voor en laat de deelnemers in "
            "een workshop zelf met een instrument aan de slag gaan."
        ),
        "intro": (
            "De roadshow van COMPLEET houdt halt in Brussel. Op één namiddag krijgt u een "
            "overzicht van de MVO-instrumenten van alle partners, geordend per thema en niet per "
            "partner, en probeert u er in een workshop zelf een uit."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p><strong>Programma</strong></p>"
                    "<ul><li>Onthaal en inleiding: waarom MVO-instrumenten per "
                    "thema?</li><li>Workshop in kleine groepen: aan de slag met een instrument "
                    "naar keuze</li><li>Voorstelling van het volledige aanbod en van de gratis "
                    "begeleiding die in het najaar start</li><li>Netwerkmoment</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Inschrijven is nodig. Zoals het Europees Sociaal Fonds vraagt, worden alle "
                    "aanwezigen geregistreerd.</p>"
                ),
            ),
        ],
    },
    # --- juni 2006 --------------------------------------------------------------------------------
    {
        "slug": "overleg-kabinetten-voorbereiding-mainstreamteam",
        "title": "Overleg kabinetten: voorbereiding mainstreamteam",
        "start": datetime(2006, 6, 8, 10, 0),
        "end": datetime(2006, 6, 8, 12, 0),
        "location": "Brussel",
        "network": "mainstreamteam",
        "themes": [],
        "event_type": "meeting",
        "summary": (
            "Overleg met de kabinetten ter voorbereiding van de bijeenkomst van het mainstreamteam "
            "MVO van 26 juni."
        ),
        "intro": (
            "De kabinetten en het mainstreamteam stemmen de agenda en de voorstellen voor de "
            "volgende bijeenkomst van het mainstreamteam af."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Centraal staan de voortgang van de communicatiecampagne en het voorstel "
                    "van actieplan dat op 26 juni aan het mainstreamteam wordt voorgelegd.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "studiedag-competenties",
        "title": "Studiedag competenties",
        "start": datetime(2006, 6, 15, 9, 30),
        "end": datetime(2006, 6, 15, 16, 30),
        "location": "Brussel",
        "network": "diamond",
        "themes": ["competentiemanagement"],
        "event_type": "study_day",
        "summary": (
            "Studiedag van DIAMOND over competentiemanagement: kansen en aandachtspunten voor "
            "werknemers en hun vertegenwoordigers."
        ),
        "intro": (
            "De module competenties van DIAMOND mondt uit in een studiedag voor "
            "werknemersvertegenwoordigers."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Wat mogen werknemers verwachten van competentiemanagement, en waar is "
                    "waakzaamheid geboden? Sprekers uit onderzoek en praktijk belichten "
                    "functieprofielen, ontwikkelingsgesprekken en opleidingsplannen. In workshops "
                    "wisselen afgevaardigden ervaringen uit over de invoering van "
                    "competentiebeleid in hun onderneming.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Inschrijven is nodig. Zoals het Europees Sociaal Fonds vraagt, worden alle "
                    "aanwezigen geregistreerd.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "roadshow-ministers-duurzaamheidsscan-voor-kmos",
        "title": "Roadshow met de ministers: duurzaamheidsscan voor kmo's",
        "start": datetime(2006, 6, 20, 14, 0),
        "end": datetime(2006, 6, 20, 17, 30),
        "location": "Kortrijk",
        "network": "mainstreamteam",
        "themes": ["duurzaamheidsscan-voor-kmos"],
        "event_type": "roadshow",
        "summary": (
            "Halte van de roadshow met de ministers rond het thema duurzaamheidsscan voor kmo's, "
            "met de resultaten van het lerend netwerk MCDO."
        ),
        "intro": (
            "De roadshow met de ministers brengt elke maand een thema van de lerende netwerken "
            "onder de aandacht. Deze halte staat in het teken van duurzaamheidsscan voor kmo's; de "
            "inhoud komt van het lerend netwerk MCDO."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Kmo's die met MCDO een duurzaamheidsscan lieten uitvoeren, vertellen wat "
                    "die hun opleverde en welke acties ze in hun duurzaamheidsplan hebben "
                    "opgenomen.</p>"
                    "<p>Het mainstreamteam MVO en de pers zijn op elke halte aanwezig. "
                    "Ondernemers, werknemersvertegenwoordigers en beleidsmakers krijgen er "
                    "praktijkvoorbeelden, getuigenissen en de eerste resultaten van het netwerk te "
                    "zien.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Inschrijven is nodig. Zoals het Europees Sociaal Fonds vraagt, worden alle "
                    "aanwezigen geregistreerd.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "bijeenkomst-mainstreamteam-juni",
        "title": "Bijeenkomst mainstreamteam MVO",
        "start": datetime(2006, 6, 26, 10, 0),
        "end": datetime(2006, 6, 26, 13, 0),
        "location": "Brussel",
        "network": "mainstreamteam",
        "themes": [],
        "event_type": "meeting",
        "summary": (
            "Het mainstreamteam volgt de communicatiecampagne op en wisselt de werkzaamheden van "
            "de zeven lerende netwerken en het DKC MVO uit."
        ),
        "intro": (
            "Deze bijeenkomst staat in het teken van de opvolging van de communicatiecampagne en "
            "het voorstel van actieplan."
        ),
        "body": [
            ("heading", "Agenda"),
            (
                "paragraph",
                (
                    "<ul><li>Opvolging van de communicatiecampagne: voortgang van het proces, "
                    "voorstel van actieplan, suggesties en aanbevelingen</li><li>Uitwisseling over "
                    "de werkzaamheden van de zeven lerende netwerken en het DKC MVO "
                    "Vlaanderen</li><li>Planning van een nieuwe vergadering</li></ul>"
                ),
            ),
        ],
    },
    # --- juli 2006 --------------------------------------------------------------------------------
    {
        "slug": "afstemming-kabinet-moerman-conferentie",
        "title": "Afstemming met het kabinet Moerman over de conferentie",
        "start": datetime(2006, 7, 13, 10, 0),
        "end": datetime(2006, 7, 20, 17, 0),
        "location": "Brussel",
        "network": "mainstreamteam",
        "themes": [],
        "event_type": "meeting",
        "summary": (
            "Afstemming met het kabinet van Vlaams minister Moerman over de conferentie van 22 "
            "november, waarin ook MVO aan bod komt."
        ),
        "intro": (
            "In de loop van deze week stemt het mainstreamteam met het kabinet Moerman af hoe MVO "
            "een plaats krijgt op de conferentie van 22 november."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>De kabinetten hebben beslist om alle MVO-acties in Vlaanderen binnen "
                    "eenzelfde beleidslijn uit te dragen. Dat kan mogelijk zichtbaar worden "
                    "gemaakt met een persconferentie in oktober.</p>"
                ),
            ),
        ],
    },
    # --- augustus 2006 ----------------------------------------------------------------------------
    {
        "slug": "bijeenkomst-kabinet-van-brempt",
        "title": "Bijeenkomst op het kabinet Van Brempt",
        "start": datetime(2006, 8, 22, 10, 0),
        "end": datetime(2006, 8, 22, 12, 0),
        "location": "Kabinet Van Brempt, Brussel",
        "network": "mainstreamteam",
        "themes": [],
        "event_type": "meeting",
        "summary": (
            "Bijeenkomst op het kabinet van Vlaams minister Van Brempt om de gezamenlijke actie "
            "van de betrokken ministers uit te werken."
        ),
        "intro": (
            "De betrokken kabinetten werken samen met het mainstreamteam de gezamenlijke actie van "
            "de ministers rond MVO uit."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>De bijeenkomst vertaalt de beslissing om alle acties binnen eenzelfde "
                    "beleidslijn uit te dragen in een concreet plan, met een taakverdeling tussen "
                    "de kabinetten.</p>"
                ),
            ),
        ],
    },
    # --- september 2006 ---------------------------------------------------------------------------
    {
        "slug": "workshop-externe-communicatie",
        "title": "Workshop externe communicatie",
        "start": datetime(2006, 9, 11, 10, 0),
        "end": datetime(2006, 9, 11, 16, 0),
        "location": "Brussel",
        "network": "mainstreamteam",
        "themes": [],
        "event_type": "workshop",
        "summary": (
            "Bijeenkomst van het mainstreamteam in de vorm van een workshop over externe "
            "communicatie: nieuwswaarde, persrelaties en doelgroepencommunicatie."
        ),
        "intro": (
            "Hoe brengen de lerende netwerken hun resultaten in de pers en bij hun doelgroepen? "
            "Deze workshop geeft praktische handvatten."
        ),
        "body": [
            ("heading", "Wat komt aan bod?"),
            (
                "paragraph",
                (
                    "<ul><li>Nieuwswaarde creëren en boodschappen controleren</li><li>Het thema "
                    "MVO koppelen aan specifieke acties en projecten</li><li>Persrelaties "
                    "uitbouwen: hoe en wanneer contacteert u de "
                    "pers?</li><li>Doelgroepencommunicatie: doelgroepen bepalen en middelen en "
                    "kanalen inzetten</li></ul>"
                ),
            ),
        ],
    },
    {
        "slug": "roadshow-ministers-competentiemanagement",
        "title": "Roadshow met de ministers: competentiemanagement",
        "start": datetime(2006, 9, 19, 14, 0),
        "end": datetime(2006, 9, 19, 17, 30),
        "location": "Mechelen",
        "network": "mainstreamteam",
        "themes": ["competentiemanagement"],
        "event_type": "roadshow",
        "summary": (
            "Halte van de roadshow met de ministers rond het thema competentiemanagement, met de "
            "resultaten van het lerend netwerk COMPLEET."
        ),
        "intro": (
            "De roadshow met de ministers brengt elke maand een thema van de lerende netwerken "
            "onder de aandacht. Deze halte staat in het teken van competentiemanagement; de inhoud "
            "komt van het lerend netwerk COMPLEET."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>COMPLEET toont hoe ondernemingen met de juiste instrumenten de "
                    "competenties van hun medewerkers in kaart brengen en laten groeien, en stelt "
                    "de gratis begeleiding voor die dit najaar start.</p>"
                    "<p>Het mainstreamteam MVO en de pers zijn op elke halte aanwezig. "
                    "Ondernemers, werknemersvertegenwoordigers en beleidsmakers krijgen er "
                    "praktijkvoorbeelden, getuigenissen en de eerste resultaten van het netwerk te "
                    "zien.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Inschrijven is nodig. Zoals het Europees Sociaal Fonds vraagt, worden alle "
                    "aanwezigen geregistreerd.</p>"
                ),
            ),
        ],
    },
    # --- oktober 2006 -----------------------------------------------------------------------------
    {
        "slug": "bijeenkomst-mainstreamteam-oktober",
        "title": "Bijeenkomst mainstreamteam MVO",
        "start": datetime(2006, 10, 11, 10, 0),
        "end": datetime(2006, 10, 11, 13, 0),
        "location": "Brussel",
        "network": "mainstreamteam",
        "themes": [],
        "event_type": "meeting",
        "summary": (
            "Het mainstreamteam blikt vooruit op de uitreiking van de scriptieprijs, de laatste "
            "haltes van de roadshow en de conferentie van 22 november."
        ),
        "intro": (
            "Een bijeenkomst van het mainstreamteam in aanloop naar de drukke laatste maanden van "
            "het jaar."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Het mainstreamteam overloopt de stand van zaken van de lerende netwerken, "
                    "de voorbereiding van de uitreiking van de scriptieprijs op 26 oktober en de "
                    "inbreng van MVO op de conferentie van 22 november.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "roadshow-ministers-duurzaam-veranderen",
        "title": "Roadshow met de ministers: duurzaam veranderen",
        "start": datetime(2006, 10, 17, 14, 0),
        "end": datetime(2006, 10, 17, 17, 30),
        "location": "Gent",
        "network": "mainstreamteam",
        "themes": ["duurzaam-veranderen"],
        "event_type": "roadshow",
        "summary": (
            "Halte van de roadshow met de ministers rond het thema duurzaam veranderen, met de "
            "resultaten van het lerend netwerk Duurzaam Veranderen."
        ),
        "intro": (
            "De roadshow met de ministers brengt elke maand een thema van de lerende netwerken "
            "onder de aandacht. Deze halte staat in het teken van duurzaam veranderen; de inhoud "
            "komt van het lerend netwerk Duurzaam Veranderen."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Organisaties uit de drie uitwisselingsgroepen van Duurzaam Veranderen "
                    "vertellen hoe ze veranderingen aanpakten met betrokken medewerkers, en welke "
                    "rol de HR-manager daarin speelde.</p>"
                    "<p>Het mainstreamteam MVO en de pers zijn op elke halte aanwezig. "
                    "Ondernemers, werknemersvertegenwoordigers en beleidsmakers krijgen er "
                    "praktijkvoorbeelden, getuigenissen en de eerste resultaten van het netwerk te "
                    "zien.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Inschrijven is nodig. Zoals het Europees Sociaal Fonds vraagt, worden alle "
                    "aanwezigen geregistreerd.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "uitreiking-scriptieprijs-ei-van-mvo",
        "title": "Uitreiking scriptieprijs 'het EI van MVO'",
        "start": datetime(2006, 10, 26, 16, 0),
        "end": datetime(2006, 10, 26, 19, 0),
        "location": "Brussel",
        "network": "mainstreamteam",
        "themes": ["waarden-van-de-ondernemer"],
        "event_type": "award",
        "summary": (
            "Uitreiking van de scriptieprijs 'het EI van MVO' voor laatstejaarsstudenten, in "
            "samenwerking met het Netwerk voor Zakenethiek."
        ),
        "intro": (
            "De jury maakt de laureaten bekend van de scriptieprijs 'het EI van MVO'. De winnende "
            "studenten stellen hun werk kort voor."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Het mainstreamteam MVO en het Netwerk voor Zakenethiek reiken de prijs uit "
                    "aan laatstejaarsstudenten die in hun scriptie een thema rond maatschappelijk "
                    "verantwoord ondernemen uitdiepten. Na de uitreiking volgt een receptie.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Inschrijven is nodig. Zoals het Europees Sociaal Fonds vraagt, worden alle "
                    "aanwezigen geregistreerd.</p>"
                ),
            ),
        ],
    },
    # --- november 2006 ----------------------------------------------------------------------------
    {
        "slug": "roadshow-ministers-internationaal-ondernemen",
        "title": "Roadshow met de ministers: internationaal ondernemen",
        "start": datetime(2006, 11, 14, 14, 0),
        "end": datetime(2006, 11, 14, 17, 30),
        "location": "Brussel",
        "network": "mainstreamteam",
        "themes": ["internationaal-ondernemen"],
        "event_type": "roadshow",
        "summary": (
            "Halte van de roadshow met de ministers rond het thema internationaal ondernemen, met "
            "de resultaten van het lerend netwerk Duurzaam Internationaal Ondernemen."
        ),
        "intro": (
            "De roadshow met de ministers brengt elke maand een thema van de lerende netwerken "
            "onder de aandacht. Deze halte staat in het teken van internationaal ondernemen; de "
            "inhoud komt van het lerend netwerk Duurzaam Internationaal Ondernemen."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Aan de hand van business cases toont Duurzaam Internationaal Ondernemen "
                    "hoe Vlaamse exporteurs MVO toepassen in het buitenland, en wat de Vlaamse "
                    "economische vertegenwoordigers daarbij kunnen betekenen.</p>"
                    "<p>Het mainstreamteam MVO en de pers zijn op elke halte aanwezig. "
                    "Ondernemers, werknemersvertegenwoordigers en beleidsmakers krijgen er "
                    "praktijkvoorbeelden, getuigenissen en de eerste resultaten van het netwerk te "
                    "zien.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Inschrijven is nodig. Zoals het Europees Sociaal Fonds vraagt, worden alle "
                    "aanwezigen geregistreerd.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "conferentie-met-mvo-inbreng",
        "title": "Conferentie met MVO-inbreng",
        "start": datetime(2006, 11, 22, 9, 0),
        "end": datetime(2006, 11, 22, 17, 0),
        "location": "Brussel",
        "network": None,
        "themes": [],
        "event_type": "study_day",
        "summary": (
            "Conferentie van het kabinet van Vlaams minister Moerman waarop ook maatschappelijk "
            "verantwoord ondernemen aan bod komt, met inbreng van de lerende netwerken."
        ),
        "intro": (
            "Op deze conferentie brengen de lerende netwerken en het DKC MVO hun ervaringen in, "
            "binnen de gezamenlijke beleidslijn van de Vlaamse regering."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>De inbreng van MVO is voorbereid in overleg tussen het kabinet Moerman, de "
                    "andere betrokken kabinetten en het mainstreamteam. De lerende netwerken tonen "
                    "er concrete resultaten uit hun thema's.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Inschrijven is nodig. Zoals het Europees Sociaal Fonds vraagt, worden alle "
                    "aanwezigen geregistreerd.</p>"
                ),
            ),
        ],
    },
    # --- december 2006 ----------------------------------------------------------------------------
    {
        "slug": "roadshow-ministers-mobiliteit-en-woon-werkverkeer",
        "title": "Roadshow met de ministers: mobiliteit en woon-werkverkeer",
        "start": datetime(2006, 12, 12, 14, 0),
        "end": datetime(2006, 12, 12, 17, 30),
        "location": "Leuven",
        "network": "mainstreamteam",
        "themes": ["mobiliteit-en-woon-werkverkeer"],
        "event_type": "roadshow",
        "summary": (
            "Halte van de roadshow met de ministers rond het thema mobiliteit en woon-werkverkeer, "
            "met de resultaten van het lerend netwerk DIAMOND."
        ),
        "intro": (
            "De roadshow met de ministers brengt elke maand een thema van de lerende netwerken "
            "onder de aandacht. Deze halte staat in het teken van mobiliteit en woon-werkverkeer; "
            "de inhoud komt van het lerend netwerk DIAMOND."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>De laatste halte van de roadshow gaat over woon-werkverkeer. "
                    "Werknemersvertegenwoordigers die met de module pendelplan van DIAMOND aan de "
                    "slag gingen, tonen hoe een pendelplan in het sociaal overleg tot stand "
                    "komt.</p>"
                    "<p>Het mainstreamteam MVO en de pers zijn op elke halte aanwezig. "
                    "Ondernemers, werknemersvertegenwoordigers en beleidsmakers krijgen er "
                    "praktijkvoorbeelden, getuigenissen en de eerste resultaten van het netwerk te "
                    "zien.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Inschrijven is nodig. Zoals het Europees Sociaal Fonds vraagt, worden alle "
                    "aanwezigen geregistreerd.</p>"
                ),
            ),
        ],
    },
]


# News items, oldest first.
NEWS: list[dict[str, Any]] = [
    {
        "slug": "vliegende-start-duurzaam-internationaal-ondernemen",
        "title": "Vliegende start voor Duurzaam Internationaal Ondernemen",
        "date": date(2006, 1, 12),
        "summary": (
            "Op de Vlaamse Economische Diplomatieke Dagen maakte het lerend netwerk Duurzaam "
            "Internationaal Ondernemen zijn start, met een nulmeting MVO bij alle aanwezige "
            "VLEV'ers."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>De Vlaamse Economische Diplomatieke Dagen van 9 en 10 januari waren de "
                    "'vliegende start' van het lerend netwerk Duurzaam Internationaal Ondernemen. "
                    "Alle aanwezige Vlaamse economische vertegenwoordigers (VLEV'ers) legden een "
                    "'examen' af: de nulmeting MVO.</p>"
                    "<p>De eerste vaststelling is bemoedigend: er is bij deze doelgroep duidelijk "
                    "interesse voor MVO en er is ook concrete ervaring aanwezig. Het 'abc' van MVO "
                    "is echter nog niet gekend. De resultaten worden samengevat en bepalen mee de "
                    "sensibilisering van de FIT-medewerkers, die nu van start gaat via een "
                    "extranet en een intranet.</p>"
                ),
            ),
            ("heading", "Vier pijlers en zestien business cases"),
            (
                "paragraph",
                (
                    "<p>Het netwerk deelt zijn werking op in vier pijlers en werkt voor elke "
                    "pijler vier business cases uit. Met de krant De Tijd is een overeenkomst "
                    "gesloten, en op de export- en contactdagen die samen met VOKA worden "
                    "georganiseerd, krijgt het netwerk telkens vijf kwartier tot anderhalf uur "
                    "spreektijd.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "diamond-zeven-van-negen-modules-draaien",
        "title": "DIAMOND: zeven van de negen modules draaien",
        "date": date(2006, 2, 17),
        "summary": (
            "Van de negen geplande modules van DIAMOND zijn er zeven van start gegaan, van het "
            "pendelplan tot de campagne schone bedrijfskleren."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Het lerend netwerk DIAMOND zit op kruissnelheid. Zeven van de negen "
                    "modules lopen: pendelplan en mobiliteit, milieuverslaggeving, "
                    "gezinsvriendelijkheid, competenties, klimaatbeleid, schone bedrijfskleren en "
                    "diversiteit. Het netwerk werkt vooral aan de aanpassing van websites en "
                    "brochures en aan artikels in de eigen perskanalen.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<ul><li>De checklist gezinsvriendelijkheid is verspreid; op 8 maart volgt een "
                    "studiedag over de Family &amp; Business Audit.</li><li>Voor het klimaatbeleid "
                    "zijn twee studieavonden gepland en wordt de brochure over Kyoto "
                    "geactualiseerd.</li><li>De campagne schone bedrijfskleren staat op poten: de "
                    "website en de affiches zijn in de maak, het ABVV organiseert een "
                    "informatiedag in april, het ACV in het najaar.</li><li>Voor de module "
                    "competenties wordt toegewerkt naar een studiedag half juni.</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>In het najaar wil DIAMOND ook de RESOC's overtuigen om de thema's mee op "
                    "te nemen.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "compleet-1200-bezoekers-op-de-vov-beurs",
        "title": "1.200 bezoekers voor COMPLEET op de VOV-beurs",
        "date": date(2006, 2, 20),
        "summary": (
            "Met een stand op de VOV-beurs bereikte COMPLEET 1.200 bezoekers. Tussen maart en mei "
            "volgen zes roadshows, één per provincie en één in Brussel."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>De stand van COMPLEET op de VOV-beurs trok <strong>1.200 "
                    "bezoekers</strong>. Wie de stand bezocht, kon deelnemen aan een wedstrijd en "
                    "zo een begeleidingstraject winnen.</p>"
                    "<p>Tussen maart en mei trekt COMPLEET met zes roadshows door Antwerpen, "
                    "Limburg, Oost-Vlaanderen, West-Vlaanderen, Vlaams-Brabant en Brussel. Elke "
                    "roadshow combineert een workshop met een voorstelling van de instrumenten, "
                    "geordend per thema en niet per partner. Een mailing naar 4.000 adressen "
                    "leverde al veel positieve reacties op. In het najaar start COMPLEET met "
                    "gratis begeleiding.</p>"
                ),
            ),
            (
                "ko_go",
                {
                    "shared": (
                        "<p>De roadshows zijn bedoeld voor iedereen die in zijn organisatie met "
                        "MVO aan de slag wil.</p>"
                    ),
                    "ko": (
                        "<p>Zaakvoerders van kmo's ontdekken er op één namiddag welke instrumenten "
                        "ze zonder personeelsdienst kunnen gebruiken.</p>"
                    ),
                    "go": (
                        "<p>Personeelsverantwoordelijken en MVO-coördinatoren van grotere "
                        "organisaties testen er instrumenten uit en wisselen ervaringen uit.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "mcdo-zoekt-kmos-voor-duurzaamheidstraject",
        "title": "MCDO zoekt kmo's voor een duurzaamheidstraject",
        "date": date(2006, 2, 22),
        "summary": (
            "MCDO werft kmo's voor een traject met een individuele duurzaamheidsscan en tien "
            "groepssessies. Infosessies op 6 en 8 maart, start van de groep op 24 april."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Het lerend netwerk MCDO zit volop in de wervingsfase. Kmo's die willen "
                    "deelnemen, krijgen een <strong>duurzaamheidsscan</strong> in hun bedrijf, "
                    "werken een individueel duurzaamheidsplan uit en voeren de eerste acties uit. "
                    "Daarnaast komen de deelnemers tien keer samen in "
                    "<strong>groepssessies</strong>.</p>"
                    "<p>Er is een mailing verstuurd en er zijn persberichten verschenen. Op 6 "
                    "maart staat duurzaam ondernemen centraal in een infosessie van de VKW-reeks, "
                    "op 8 maart wordt het project voorgesteld. De collectieve bijeenkomsten "
                    "starten op 24 april.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Veel kmo's doen al meer aan duurzaam ondernemen dan ze zelf denken. De "
                        "scan maakt dat zichtbaar en toont waar de volgende stap ligt."
                    ),
                    "attribution": "Begeleider van het lerend netwerk MCDO",
                },
            ),
        ],
    },
    {
        "slug": "lerende-netwerken-testen-website-dkc-mvo",
        "title": "Lerende netwerken testen de website van het DKC MVO",
        "date": date(2006, 2, 24),
        "summary": (
            "Op de themawerking van 16 februari maakten de lerende netwerken kennis met de website "
            "van het DKC MVO. Elk netwerk test nu het gebruik aan de hand van de handleiding."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Aagje Geerardyn van Business &amp; Society, partner van het DKC MVO, "
                    "stelde op de themawerking de website van het kenniscentrum voor: "
                    "themalijsten, een rubriek met de zeven lerende netwerken en hun "
                    "projectinformatie per thema, en per project een intranet en een extranet. "
                    "Jef Van der Wee, coördinator van het DKC MVO, lichtte de mogelijkheden van "
                    "het extranet toe. Elk netwerk beslist zelf of het dat extranet gebruikt voor "
                    "de eigen partners of voor zijn doelgroepen.</p>"
                ),
            ),
            ("heading", "Wat de netwerken meegaven"),
            (
                "paragraph",
                (
                    "<ul><li>Geen verplichte keuze tussen 'grote' en 'kleine' organisatie bij het "
                    "eerste bezoek: laat bezoekers eerst binnen, en laat hen later "
                    "kiezen.</li><li>Houd de thema's smal en vermijd overlap; wie breder wil "
                    "zoeken, gebruikt de zoekfunctie.</li><li>Gebruik in heel Vlaanderen dezelfde "
                    "benamingen voor de MVO-thema's.</li><li>Neem de nuances voor kleine en grote "
                    "organisaties op in dezelfde tekst.</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Elk netwerk test de website nu aan de hand van de handleiding. Vragen "
                    'kunnen naar <a href="mailto:jef.vanderwee@example.org">Jef Van der Wee</a> of '
                    'naar <a href="mailto:aagje.geerardyn@example.org">Aagje Geerardyn</a>. Wie '
                    "wil, kan een bijkomende technische sessie aanvragen, samen met andere "
                    "netwerken of in de eigen organisatie.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "linkinc-ondersteunt-communicatie-mainstreamteam",
        "title": "LinkInc ondersteunt de communicatie van het mainstreamteam",
        "date": date(2006, 3, 3),
        "summary": (
            "Het communicatiebureau LinkInc gaat de inhoudelijke acties van het mainstreamteam MVO "
            "ondersteunen, van de roadshow met de ministers tot de scriptieprijs."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Eind januari vroeg het ESF-Agentschap een offerte aan bij een tiental "
                    "communicatiebureaus; twee bureaus dienden een offerte in. De keuze is nu "
                    "gevallen op <strong>LinkInc</strong>.</p>"
                    "<p>Het bureau zorgt voor de stroomlijning van de communicatie en de copy over "
                    "de verschillende acties heen, ondersteunt de oproep voor de scriptieprijs en "
                    "verzorgt de creatieve opmaak van onder meer de uitnodigingen voor "
                    "evenementen. Op de bijeenkomst van het mainstreamteam van 6 april stelt "
                    "LinkInc zijn plan van aanpak voor.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>De communicatie van het mainstreamteam komt bovenop die van de lerende "
                    "netwerken zelf en interfereert niet met hun eigen kanalen. De thema's van de "
                    "netwerken blijven de dragers van de boodschap.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "oproep-scriptieprijs-het-ei-van-mvo",
        "title": "Oproep: scriptieprijs 'het EI van MVO'",
        "date": date(2006, 3, 6),
        "summary": (
            "Laatstejaarsstudenten die hun scriptie aan maatschappelijk verantwoord ondernemen "
            "wijden, kunnen meedingen naar de scriptieprijs 'het EI van MVO'. Uitreiking op 26 "
            "oktober."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>In de week van de sociale economie lanceren het mainstreamteam MVO en het "
                    "<strong>Netwerk voor Zakenethiek</strong> de oproep voor de scriptieprijs "
                    "'het EI van MVO'. De prijs beloont laatstejaarsstudenten die in hun scriptie "
                    "een thema rond maatschappelijk verantwoord ondernemen uitdiepen, vanuit welke "
                    "richting ook: economie, recht, sociale wetenschappen, ingenieurswetenschappen "
                    "of communicatie.</p>"
                    "<p>De prijs wordt uitgereikt op <strong>26 oktober</strong>.</p>"
                ),
            ),
            (
                "ko_go",
                {
                    "shared": (
                        "<p>Scripties die vertrekken van de praktijk in een onderneming of "
                        "organisatie zijn bijzonder welkom.</p>"
                    ),
                    "ko": (
                        "<p>Onderzoek naar MVO in kmo's is schaars. Een scriptie die toont hoe "
                        "kleine ondernemingen MVO aanpakken, vult een leemte.</p>"
                    ),
                    "go": (
                        "<p>Ook onderzoek naar beleid, rapportering en sociaal overleg rond MVO in "
                        "grote organisaties komt in aanmerking.</p>"
                    ),
                },
            ),
        ],
    },
]


# Generic content pages directly under the home page.
PAGES: list[dict[str, Any]] = [
    {
        "slug": "over-dkc-mvo",
        "title": "Over het DKC MVO",
        "intro": (
            "Het Digitaal Kenniscentrum Maatschappelijk Verantwoord Ondernemen (DKC MVO) is de "
            "centrale plek voor kennis over MVO in Vlaanderen. Het bundelt de expertise van de "
            "zeven lerende netwerken MVO en het mainstreamteam en maakt ze toegankelijk voor "
            "organisaties van elke omvang."
        ),
        "body": [
            ("heading", "Wat is het DKC MVO?"),
            (
                "paragraph",
                (
                    "<p>Maatschappelijk verantwoord ondernemen (MVO) betekent dat een organisatie "
                    "bewust rekening houdt met de gevolgen van haar werking voor mens, milieu en "
                    "samenleving, en daarover in dialoog gaat met wie bij haar betrokken is. Het "
                    "DKC MVO brengt de kennis daarover samen per thema, met één terminologie voor "
                    "heel Vlaanderen. De thema's zijn bewust smal gehouden; via de zoekfunctie "
                    "verbreedt u uw zoektocht.</p>"
                ),
            ),
            ("heading", "Wie zit erachter?"),
            (
                "paragraph",
                (
                    "<p>Het DKC MVO wordt gecoördineerd door Jef Van der Wee van de Vlaamse "
                    "administratie Werkgelegenheid. Partner <strong>Business &amp; "
                    "Society</strong> ondersteunt de redacteurs van de lerende netwerken bij het "
                    "aanleveren van inhoud. De website en de lerende netwerken worden gefinancierd "
                    "door het Europees Sociaal Fonds en de Vlaamse overheid.</p>"
                ),
            ),
            ("heading", "Zeven lerende netwerken en een mainstreamteam"),
            (
                "paragraph",
                (
                    "<p>De lerende netwerken zijn samenwerkingsverbanden die met steun van het "
                    "Europees Sociaal Fonds elk een MVO-thema uitwerken. Ze bieden hun inhoud aan "
                    "via het kenniscentrum en delen hun expertise met de bezoekers van deze "
                    "website.</p>"
                    "<ul><li><strong>TRACER</strong>: werkend leren voor jongeren in de provincie "
                    "Antwerpen</li><li><strong>DIAMOND</strong>: MVO via de vakbondswerking, in "
                    "negen thematische modules</li><li><strong>COMPLEET</strong>: MVO-instrumenten "
                    "per thema, roadshows en gratis begeleiding</li><li><strong>MCDO</strong>: "
                    "duurzaamheidsscans en groepssessies voor kmo's</li><li><strong>Duurzaam "
                    "Internationaal Ondernemen</strong>: MVO in de internationale "
                    "handel</li><li><strong>Duurzaam Veranderen</strong>: veranderen met betrokken "
                    "medewerkers</li><li><strong>MVO &amp; KMO</strong>: de waarden van de "
                    "ondernemer als basis</li></ul>"
                    "<p>Het <strong>mainstreamteam MVO</strong> is het achtste netwerk. Het "
                    "verbindt de zeven thema's met elkaar en met het beleid.</p>"
                ),
            ),
            (
                "ko_go",
                {
                    "shared": (
                        "<p>Het DKC MVO richt zich tot organisaties van elke omvang en tot "
                        "iedereen die persoonlijk in MVO geïnteresseerd is. U hoeft bij uw bezoek "
                        "niet eerst te kiezen wie u bent: elke tekst is voor iedereen, met waar "
                        "nodig een nuance voor kleine en grote organisaties.</p>"
                    ),
                    "ko": (
                        "<p>Voor kleine organisaties en kmo's vermelden we wat u zonder "
                        "personeelsdienst of specialist kunt doen, en welke eerste stappen weinig "
                        "kosten.</p>"
                    ),
                    "go": (
                        "<p>Voor grote organisaties vermelden we hoe u MVO verankert in beleid, "
                        "rapportering, overleg met de ondernemingsraad en de toeleveringsketen.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "contact",
        "title": "Contact",
        "intro": (
            "Hebt u een vraag over maatschappelijk verantwoord ondernemen, over deze website of "
            "over een van de lerende netwerken? Neem gerust contact op."
        ),
        "body": [
            ("heading", "Digitaal Kenniscentrum MVO"),
            (
                "paragraph",
                (
                    "<p>Digitaal Kenniscentrum MVO, p/a Vlaamse administratie Werkgelegenheid, "
                    "Vlasgaardstraat 21 bus 3, 1000 Brussel</p>"
                    "<ul><li>Telefoon: +32 2 000 00 01</li><li>E-mail: "
                    '<a href="mailto:dkc.mvo@example.org">dkc.mvo@example.org</a></li></ul>'
                ),
            ),
            ("heading", "Aanspreekpunten"),
            (
                "paragraph",
                (
                    "<ul><li><strong>Jef Van der Wee</strong>, coördinator DKC MVO (Vlaamse "
                    "administratie Werkgelegenheid): "
                    '<a href="mailto:jef.vanderwee@example.org">jef.vanderwee@example.org</a>, '
                    "+32 2 000 00 02</li><li><strong>Aagje Geerardyn</strong>, Business &amp; "
                    "Society, ondersteuning van de redacteurs: "
                    '<a href="mailto:aagje.geerardyn@example.org">aagje.geerardyn@example.org</a>, '
                    "+32 2 000 00 03</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Voor vragen over een specifiek thema kunt u rechtstreeks terecht bij het "
                    "lerend netwerk dat eraan werkt. De contactgegevens van elke coördinator vindt "
                    "u op de pagina van het netwerk.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "esf",
        "title": "Europees Sociaal Fonds",
        "intro": (
            "De lerende netwerken MVO en het DKC MVO worden gefinancierd door het Europees Sociaal "
            "Fonds (ESF), met cofinanciering van de Vlaamse overheid. Daaraan zijn regels "
            "verbonden. Op deze pagina zetten we op een rij wat elk netwerk moet weten."
        ),
        "body": [
            ("heading", "Publiciteit en voorlichting"),
            (
                "paragraph",
                (
                    "<p>Elke activiteit en elke publicatie moet voldoen aan de ESF-regelgeving "
                    "inzake publiciteit en voorlichting. Concreet betekent dat: het logo van het "
                    "Europees Sociaal Fonds op alle publicaties, uitnodigingen, affiches en "
                    "websites, en affiches of vlaggen op elke activiteit. Omdat Vlaanderen de "
                    "projecten cofinanciert, gelden ook de regels voor de vermelding van het logo "
                    "van de Vlaamse overheid.</p>"
                    "<p><strong>Let op:</strong> wie deze regels niet naleeft, loopt het risico op "
                    "financiële gevolgen voor het projectdossier.</p>"
                ),
            ),
            ("heading", "Registratie van de deelnemers"),
            (
                "paragraph",
                (
                    "<p>Registreer de aanwezigen op elke actie: studiedagen, infosessies, "
                    "workshops, roadshows en bijeenkomsten. Gebruik een aanwezigheidslijst en "
                    "bewaar ze bij het projectdossier.</p>"
                ),
            ),
            ("heading", "Twee exemplaren voor het dossier"),
            (
                "paragraph",
                (
                    "<p>Van elke publicatie en elk ander product dat in het kader van het project "
                    "wordt ontwikkeld, bezorgt u <strong>twee exemplaren</strong> aan het "
                    "ESF-Agentschap voor het dossier: brochures, folders, affiches, cd-roms, "
                    "handleidingen en dergelijke.</p>"
                ),
            ),
            ("heading", "Rapportering"),
            (
                "paragraph",
                (
                    "<p>De netwerken rapporteren inhoudelijk en financieel aan het "
                    "ESF-Agentschap:</p>"
                    "<ul><li><strong>DIAMOND, COMPLEET, TRACER en MVO &amp; KMO</strong> "
                    "rapporteren over de gelopen maanden in 2005. Deadline: <strong>31 maart "
                    "2006</strong>.</li><li>De <strong>andere projecten</strong> rapporteren een "
                    "eerste keer over de periode van hun opstart in 2005 tot 30 juni 2006. Die "
                    "rapportering is inhoudelijk en financieel, in verband met de Vlaamse "
                    "cofinanciering bij ministerieel besluit. Deadline: <strong>september "
                    "2006</strong>.</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Vragen over de ESF-regels? Neem contact op met het ESF-Agentschap of met "
                    "de coördinator van het DKC MVO.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "handleiding",
        "title": "Handleiding voor redacteurs",
        "intro": (
            "Elk lerend netwerk plaatst zelf informatie over zijn thema en zijn projecten op deze "
            "website. Deze handleiding legt kort uit hoe dat werkt: van uw persoonlijke account "
            "tot het indienen van een pagina ter goedkeuring."
        ),
        "body": [
            ("heading", "Uw persoonlijke account"),
            (
                "paragraph",
                (
                    "<p>Elke redacteur krijgt een <strong>persoonlijke account</strong> op naam. "
                    "De accounts zijn gegroepeerd per lerend netwerk: u kunt de pagina's van uw "
                    "eigen netwerk bewerken, met zijn projecten, activiteiten, intranet en "
                    "extranet. De gedeelde login op naam van het project bestaat niet meer. Zo "
                    "weet iedereen wie wat heeft aangepast. Een account aanvragen doet u bij de "
                    "coördinator van het DKC MVO.</p>"
                ),
            ),
            ("heading", "Ontwerp, voorbeeld en goedkeuring"),
            (
                "paragraph",
                (
                    "<p>Wat u bewerkt, wordt eerst bewaard als <strong>ontwerp</strong>. Met de "
                    "knop voorbeeld ziet u hoe de pagina er voor bezoekers uitziet. Is de tekst "
                    "klaar, dan dient u hem in <strong>ter goedkeuring</strong>. De coördinator "
                    "van het DKC MVO leest mee en publiceert, of stuurt de pagina terug met "
                    "opmerkingen. Zo gaat er niets online zonder tweede lezing.</p>"
                    "<ul><li>Bewaar tussentijds: een ontwerp is niet zichtbaar voor "
                    "bezoekers.</li><li>Controleer spelling, data en contactgegevens voor u "
                    "indient.</li><li>Vermeld bij een activiteit altijd de datum, het uur, de "
                    "plaats en hoe men zich kan inschrijven.</li></ul>"
                ),
            ),
            ("heading", "Eén tekst voor kleine en grote organisaties"),
            (
                "paragraph",
                (
                    "<p>Schrijf geen aparte pagina's voor kleine en grote organisaties. Gebruik "
                    "het blok <strong>tekst met KO/GO-nuances</strong>: in het eerste veld "
                    "schrijft u de tekst die voor iedereen geldt, in de twee andere velden wat "
                    "anders ligt voor kleine organisaties (KO) en voor grote organisaties (GO). "
                    "Beide nuances zijn optioneel. Bezoekers worden niet verplicht om bij hun "
                    "eerste bezoek te kiezen; ze zien de nuances samen, duidelijk gelabeld, en "
                    "kunnen later een voorkeur aangeven.</p>"
                ),
            ),
            (
                "ko_go",
                {
                    "shared": (
                        "<p><em>Voorbeeld.</em> Een pendelplan begint met een bevraging van de "
                        "medewerkers over hun woon-werkverkeer.</p>"
                    ),
                    "ko": "<p>In een kmo volstaat een gesprek op de personeelsvergadering.</p>",
                    "go": (
                        "<p>Een grote organisatie houdt een enquête per vestiging en bespreekt de "
                        "resultaten in de ondernemingsraad.</p>"
                    ),
                },
            ),
            ("heading", "Thema's en terminologie"),
            (
                "paragraph",
                (
                    "<p>Koppel elk project en elke activiteit aan de bestaande thema's. Die zijn "
                    "bewust smal gehouden en dragen in heel Vlaanderen dezelfde naam. Maak dus "
                    "geen eigen benamingen aan. Mist u een thema, meld het dan aan de coördinator "
                    "van het DKC MVO.</p>"
                ),
            ),
            ("heading", "Intranet en extranet"),
            (
                "paragraph",
                (
                    "<p>Elk netwerk heeft een intranet voor de eigen leden en een extranet. Uw "
                    "netwerk beslist zelf of het extranet dient voor de eigen partners "
                    "(projectbeheer) of voor de doelgroepen.</p>"
                ),
            ),
            ("heading", "ESF-regels"),
            (
                "paragraph",
                (
                    "<p>Het logo van het Europees Sociaal Fonds en dat van de Vlaamse overheid "
                    "staan automatisch onderaan elke pagina. Vergeet niet dat ook uw eigen "
                    "publicaties die logo's moeten dragen, dat u de aanwezigen op elke actie "
                    "registreert en dat u van elke publicatie twee exemplaren aan het "
                    "ESF-Agentschap bezorgt.</p>"
                ),
            ),
            ("heading", "Engelse pagina's"),
            (
                "paragraph",
                (
                    "<p>Voor de Vlaamse economische vertegenwoordigers in het buitenland (VLEV) "
                    "en andere internationale lezers vertaalt u pagina's van uw netwerk naar het "
                    "Engels. Kies op de Nederlandse pagina <strong>Vertalen</strong> (de "
                    "bovenliggende pagina moet al een Engelse versie hebben), vertaal de teksten "
                    "in de vertaaleditor en kies <strong>Ter goedkeuring indienen</strong>. Ook "
                    "een vertaling gaat pas online na goedkeuring door de coördinator.</p>"
                    "<p>Past u later de Nederlandse pagina aan, dan zien Engelse lezers een "
                    "melding dat de vertaling verouderd kan zijn. Onder <strong>Verouderde "
                    "vertalingen</strong> in het beheermenu vindt u die pagina's per netwerk, met "
                    "een knop om de vertaling bij te werken, en de pagina's die nog niet vertaald "
                    "zijn.</p>"
                ),
            ),
            ("heading", "Hulp nodig?"),
            (
                "paragraph",
                (
                    "<p>Stel uw vragen aan "
                    '<a href="mailto:jef.vanderwee@example.org">Jef Van der Wee</a> (coördinator '
                    "DKC MVO) of aan "
                    '<a href="mailto:aagje.geerardyn@example.org">Aagje Geerardyn</a> (Business '
                    "&amp; Society). Op vraag organiseren zij een technische sessie, samen met "
                    "andere netwerken of bij u ter plaatse.</p>"
                ),
            ),
        ],
    },
]
