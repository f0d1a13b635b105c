import { useLayoutEffect, useRef, useState } from 'react';
import type { FieldFillResult } from '../../lib/forms/types';
import type { FieldId } from '../../lib/model/form';
import { layoutCards, panelTop, type Box } from '../../lib/overlay/layout';
import type { Finding } from '../../lib/rules/types';
import type { FrameVerdict, FixRequest } from '../platform/messaging';
import { currentLanguage, t } from '../platform/i18n';
import { ContextBanner } from './ContextBanner';
import { FindingCard } from './FindingCard';
import { FillReport, UndoReport } from './FillReport';
import { Tint } from './Tint';

export interface OverlayProps {
  readonly view: FrameVerdict;
  /** True in the frame that holds the support form: only it shows findings. */
  readonly showFindings: boolean;
  /** True in the top frame: it carries the context banner for the tab. */
  readonly showBanner: boolean;
  readonly theme: 'dark' | 'light';
  readonly fieldBoxes: Partial<Record<FieldId, Box>>;
  readonly formBox: Box | null;
  readonly documentWidth: number;
  readonly dismissed: ReadonlySet<string>;
  readonly lastFill: readonly FieldFillResult[] | null;
  /** What the last Undo did, until the next fill. */
  readonly lastUndo?: readonly FieldFillResult[] | null;
  readonly busy: boolean;
  readonly onFix: (fix: FixRequest) => void;
  readonly onDismiss: (findingId: string) => void;
}

const CARD_WIDTH = 300;
const ESTIMATED_CARD_HEIGHT = 96;

export function Overlay(props: OverlayProps) {
  const { view, showFindings, showBanner, theme } = props;
  const findings = showFindings ? view.verdict.findings.filter((finding) => !props.dismissed.has(finding.id)) : [];
  return (
    <div className={`pcg-root pcg-theme-${theme}`} lang={currentLanguage()}>
      {showBanner && view.display.tint ? <Tint tint={view.display.tint} /> : null}
      {showBanner || (showFindings && findings.length === 0) ? (
        <ContextBanner
          context={view.verdict.context}
          setupNeeded={view.setupNeeded}
          color={view.display.color}
          atTop={showBanner && view.display.banner === 'top'}
          note={view.verdict.page?.contextNote}
        />
      ) : null}
      {showFindings ? <FindingsColumn {...props} findings={findings} /> : null}
    </div>
  );
}

function FindingsColumn(props: OverlayProps & { findings: readonly Finding[] }) {
  const { findings, fieldBoxes, formBox, documentWidth } = props;
  const [heights, setHeights] = useState<Readonly<Record<string, number>>>({});
  // The cards live in the overlay's shadow root, out of reach of document.getElementById.
  const columnRef = useRef<HTMLElement>(null);
  const cards = findings.map((finding) => ({
    id: finding.id,
    anchor: finding.field ? fieldBoxes[finding.field] : undefined,
    height: heights[finding.id] ?? ESTIMATED_CARD_HEIGHT,
  }));
  const placements = layoutCards({ cards, form: formBox, documentWidth, cardWidth: CARD_WIDTH });
  const inPanel = placements.some((placement) => placement.mode === 'panel');
  const findingKey = findings.map((finding) => finding.id).join(',');

  // Cards are laid out with their real heights, which are only known once they are rendered.
  useLayoutEffect(() => {
    const measured: Record<string, number> = {};
    for (const id of findingKey.split(',')) {
      const height = columnRef.current?.querySelector(`[id="pcg-card-${id}"]`)?.getBoundingClientRect().height;
      if (height) measured[id] = Math.round(height);
    }
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a second layout pass with measured heights, settled once they stop changing
    setHeights((previous) =>
      Object.entries(measured).every(([id, height]) => previous[id] === height)
        ? previous
        : { ...previous, ...measured },
    );
  }, [findingKey, fieldBoxes]);

  const header = (
    <div className="pcg-column-header">
      <ContextBanner context={props.view.verdict.context} setupNeeded={props.view.setupNeeded} compact />
      {props.lastFill ? (
        <FillReport results={props.lastFill} busy={props.busy} onUndo={() => props.onFix('undo')} />
      ) : props.lastUndo ? (
        <UndoReport results={props.lastUndo} />
      ) : null}
    </div>
  );
  const cardsMarkup = findings.map((finding, index) => {
    const placement = placements[index]!;
    return (
      <FindingCard
        key={finding.id}
        finding={finding}
        busy={props.busy}
        fillsAllowed={props.view.fill.mode !== 'off'}
        customerTenantId={props.view.verdict.context.customer?.tenantId ?? props.view.verdict.context.tenant?.id}
        customerName={props.view.verdict.context.customer?.name}
        style={
          inPanel ? undefined : { position: 'absolute', top: placement.top, left: placement.left, width: CARD_WIDTH }
        }
        onFix={props.onFix}
        onDismiss={() => props.onDismiss(finding.id)}
      />
    );
  });

  if (inPanel) {
    return (
      <aside
        ref={columnRef}
        className="pcg-panel"
        aria-label={t('overlay_panel_label')}
        // Level with the form's top where the form is known, so the panel reads with the form it is about.
        style={{ top: panelTop(formBox ? formBox.top - window.scrollY : null, window.innerHeight) }}
      >
        {header}
        {cardsMarkup}
      </aside>
    );
  }
  const headerTop = Math.max(0, (formBox?.top ?? 0) - 8);
  return (
    <aside ref={columnRef} className="pcg-column" aria-label={t('overlay_panel_label')}>
      <div
        className="pcg-column-anchor"
        style={{
          position: 'absolute',
          top: headerTop,
          left: placements[0]?.left ?? 0,
          width: CARD_WIDTH,
          transform: 'translateY(-100%)',
        }}
      >
        {header}
      </div>
      {cardsMarkup}
    </aside>
  );
}
