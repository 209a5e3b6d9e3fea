import { fitText, type Measure } from '../../shared/fit-text';
import { PrintPage, type PaperSize } from './PrintSheet';

// Parts of one face's height (the sheet's half), tuned on A4 and A5 tents.
const NAME_ALONE = 0.5;
const NAME = 0.4;
const TITLE = 0.27;
const NAME_LINE = 1.15;
const TITLE_LINE = 1.2;

export interface CardFaceFit {
  /** The margin left and right, mm. */
  side: number;
  name: ReturnType<typeof fitText>;
  title: ReturnType<typeof fitText> | null;
}

/** The type of one face: the name as large as the face allows on one line, the title at most half that, on up to two. */
export function fitCardFace(sheet: PaperSize, name: string, title: string | null, bold: Measure, regular: Measure): CardFaceFit {
  const face = sheet.height / 2;
  const side = Math.max(6, sheet.width * 0.05);
  const width = sheet.width - 2 * side;
  const nameBox = face * (title ? NAME : NAME_ALONE);
  const nameFit = fitText(name, width, nameBox, bold, { maxLines: 1, maxSize: nameBox / NAME_LINE, lineHeight: NAME_LINE });
  if (!title) return { side, name: nameFit, title: null };
  const titleBox = face * TITLE;
  const titleFit = fitText(title, width, titleBox, regular, {
    maxLines: 2,
    maxSize: Math.min(titleBox / TITLE_LINE, nameFit.size * 0.5),
    lineHeight: TITLE_LINE,
  });
  return { side, name: nameFit, title: titleFit };
}

function Face({ fit, turned }: { fit: CardFaceFit; turned: boolean }) {
  return (
    <div className={turned ? 'card-face is-turned' : 'card-face'} style={{ padding: `0 ${fit.side}mm` }}>
      <div className="card-name" style={{ fontSize: `${fit.name.size}mm`, lineHeight: NAME_LINE }}>
        {fit.name.lines.map((l, i) => (
          <span key={i}>{l}</span>
        ))}
      </div>
      {fit.title && (
        <div className="card-title" style={{ fontSize: `${fit.title.size}mm`, lineHeight: TITLE_LINE }}>
          {fit.title.lines.map((l, i) => (
            <span key={i}>{l}</span>
          ))}
        </div>
      )}
    </div>
  );
}

/**
 * A name card folded into a tent across the middle of its sheet: the lower half faces the hall,
 * the upper half is the same card turned half round, so it reads upright to the delegate behind it.
 */
export function TentCard({ sheet, fit }: { sheet: PaperSize; fit: CardFaceFit }) {
  return (
    <PrintPage paper={sheet} className="tent">
      <Face fit={fit} turned />
      <div className="card-fold" aria-hidden="true" />
      <Face fit={fit} turned={false} />
    </PrintPage>
  );
}
